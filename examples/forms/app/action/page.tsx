import Link from 'next/link';
import { listPosts } from '@/lib/posts';
import { CreatePostForm } from './create-post-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const posts = listPosts();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Create a post with a Server Action</h1>
      <CreatePostForm />
      <h2>Posts ({posts.length})</h2>
      <ul aria-label="Posts">
        {posts.map((p) => (
          <li key={p.id}><strong>{p.title}</strong>: {p.body}</li>
        ))}
      </ul>
    </>
  );
}
