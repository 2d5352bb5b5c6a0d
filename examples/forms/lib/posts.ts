// The domain logic both sides share: validate a new post and store it. The adapters stay thin.
import { z } from 'zod';

export const postInput = z.object({
  title: z.string({ error: 'Title must be text.' }).trim().min(3, 'Title must be at least 3 characters.').max(100, 'Title must be at most 100 characters.'),
  body: z.string({ error: 'Body must be text.' }).trim().min(1, 'Write something in the body.').max(2000, 'Body must be at most 2000 characters.'),
});

export type PostInput = z.infer<typeof postInput>;
export interface Post extends PostInput {
  id: number;
  createdAt: string;
}

export type FieldErrors = Partial<Record<keyof PostInput, string[]>>;
export type CreateResult = { ok: true; post: Post } | { ok: false; fieldErrors: FieldErrors };

// In memory, on globalThis so the page, the action and the route handler share one store.
const store = ((globalThis as { __posts?: Post[] }).__posts ??= [
  { id: 1, title: 'Hello from the store', body: 'This post was here when the app started.', createdAt: new Date(0).toISOString() },
]);

export function listPosts(): Post[] {
  return [...store].reverse();
}

export function createPost(input: unknown): CreateResult {
  const parsed = postInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const post = { id: store.length + 1, ...parsed.data, createdAt: new Date().toISOString() };
  store.push(post);
  return { ok: true, post };
}
