import Link from 'next/link';
import { getPosts } from '@/lib/cached-posts';
import { CreatePostClient } from './create-post-client';

// No `export const dynamic`: Cache Components does not allow it. The list comes from the cached, tagged read.
export default async function HandlerPage() {
  const posts = await getPosts();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Create a post with a Route Handler</h1>
      <CreatePostClient />
      <h2>Posts ({posts.length})</h2>
      <ul aria-label="Posts">
        {posts.map((p) => (
          <li key={p.id}><strong>{p.title}</strong>: {p.body}</li>
        ))}
      </ul>
    </>
  );
}
