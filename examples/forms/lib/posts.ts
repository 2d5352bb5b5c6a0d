// The domain logic both sides share: validate a new post and store it in the database. The adapters stay thin.
import { z } from 'zod';
import { db } from './db';
import { budgetFrom, takeWrite } from './write-budget';

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
export type CreateResult =
  | { ok: true; post: Post }
  | { ok: false; code: 'validation_failed'; fieldErrors: FieldErrors }
  | { ok: false; code: 'busy'; retryAfterSeconds: number };

const columns = 'id, title, body, created_at AS createdAt';

/** The newest posts first, and only so many: a page stays small however many posts there are. */
export function listPosts(limit = 50): Post[] {
  return db().all<Post>(`SELECT ${columns} FROM posts ORDER BY id DESC LIMIT ?`, limit);
}

/** How many posts are kept: each new post past this deletes the oldest. Every store has a bound. */
const keptPosts = 500;

export function createPost(input: unknown): CreateResult {
  const parsed = postInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return db().transaction((): CreateResult => {
    // Anyone may post, so the whole app takes at most POSTS_PER_MINUTE new posts a minute (lib/write-budget.ts).
    const budget = takeWrite(db(), 'posts', budgetFrom('POSTS_PER_MINUTE', 60));
    if (!budget.ok) return { ok: false, code: 'busy', retryAfterSeconds: budget.retryAfterSeconds };
    const post = db().get<Post>(
      `INSERT INTO posts (title, body, created_at) VALUES (?, ?, ?) RETURNING ${columns}`,
      parsed.data.title,
      parsed.data.body,
      new Date().toISOString(),
    )!;
    db().run('DELETE FROM posts WHERE id <= ?', post.id - keptPosts);
    return { ok: true, post };
  });
}
