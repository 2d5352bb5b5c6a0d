import Link from 'next/link';
import { listPosts } from '@/lib/posts';
import { CreatePostForm } from './create-post-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
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
