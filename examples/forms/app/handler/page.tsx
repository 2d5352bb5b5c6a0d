import Link from 'next/link';
import { listPosts } from '@/lib/posts';
import { CreatePostClient } from './create-post-client';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const posts = listPosts();
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
