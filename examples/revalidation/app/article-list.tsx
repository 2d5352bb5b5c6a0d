import type { Article } from '@/lib/cms';

// What a visitor sees: the cached copy of the articles, and when that copy was made.
export function ArticleList({ articles, fetchedAt }: { articles: Article[]; fetchedAt: string }) {
  return (
    <section aria-labelledby="articles-heading">
      <h2 id="articles-heading">Articles</h2>
      <p>Cached copy made at <time dateTime={fetchedAt}>{fetchedAt}</time>.</p>
      <ul aria-label="Articles">
        {articles.map((a) => (
          <li key={a.slug}><strong>{a.title}</strong>: {a.body}</li>
        ))}
      </ul>
    </section>
  );
}
