// The one cached read of the articles (Next.js 16 Cache Components). Every visitor gets this copy until something
// revalidates the 'articles' tag, or its cache lifetime runs out: with no cacheLife() call that is the 'default'
// profile, which `next build` prints as "Revalidate 15m" for the pages that read it.
import 'server-only';
import { cacheTag } from 'next/cache';
import { readArticles } from './cms';

export const articlesTag = 'articles';

// fetchedAt shows when the copy was made, so you can see a page serve an old one.
export async function getArticles() {
  'use cache';
  cacheTag(articlesTag);
  return { articles: await readArticles(), fetchedAt: new Date().toISOString() };
}
