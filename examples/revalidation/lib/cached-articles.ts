// The one cached read of the articles. Every visitor gets this copy until something revalidates the 'articles' tag.
import 'server-only';
import { unstable_cache } from 'next/cache';
import { readArticles } from './cms';

export const articlesTag = 'articles';

// No time limit: only revalidateTag('articles') (or revalidatePath on a page that reads it) refreshes the copy.
// fetchedAt shows when the copy was made, so you can see a page serve an old one.
export const getArticles = unstable_cache(
  async () => ({ articles: await readArticles(), fetchedAt: new Date().toISOString() }),
  ['articles'],
  { tags: [articlesTag] },
);
