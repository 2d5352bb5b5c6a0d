import Link from 'next/link';
import { getPosts } from '@/lib/cached-posts';
import { CreatePostForm } from './create-post-form';

// No `export const dynamic`: Cache Components does not allow it. The list comes from the cached, tagged read.
export default async function ActionPage() {
  const posts = await getPosts();
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
