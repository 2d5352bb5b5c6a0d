// The domain logic both sides share: validate a new post and store it in the database. The adapters stay thin.
import { z } from 'zod';
import { db } from './db';

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

const columns = 'id, title, body, created_at AS createdAt';

/** The newest posts first, and only so many: a page stays small however many posts there are. */
export function listPosts(limit = 50): Post[] {
  return db().all<Post>(`SELECT ${columns} FROM posts ORDER BY id DESC LIMIT ?`, limit);
}

export function createPost(input: unknown): CreateResult {
  const parsed = postInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const post = db().get<Post>(
    `INSERT INTO posts (title, body, created_at) VALUES (?, ?, ?) RETURNING ${columns}`,
    parsed.data.title,
    parsed.data.body,
    new Date().toISOString(),
  )!;
  return { ok: true, post };
}
