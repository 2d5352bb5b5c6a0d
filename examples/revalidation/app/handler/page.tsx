import Link from 'next/link';
import { getArticles } from '@/lib/cached-articles';
import { ArticleList } from '../article-list';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered on every request; the articles still come from the cache (lib/cached-articles.ts).
  await connection();
  const { articles, fetchedAt } = await getArticles();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>The public page, refreshed by a CMS webhook</h1>
      <p>
        Every visitor gets the cached copy below. When content changes in the CMS, the CMS sends{' '}
        <code>POST /api/revalidate</code> with its secret; the Route Handler checks it and marks the copy stale.
        Nothing is re-rendered then: the next visit fetches the articles again.
      </p>
      <p>
        Play the CMS: run <code>node scripts/cms-publish.mjs &quot;A new title&quot;</code> in a terminal, then
        reload this page.
      </p>
      <ArticleList articles={articles} fetchedAt={fetchedAt} />
    </>
  );
}
