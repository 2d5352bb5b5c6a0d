// The domain both sides share: validation, a budget for anonymous writes, and the newest 200 entries.
import { z } from 'zod';
import { db } from './db';
import { budgetFrom, takeWrite } from './write-budget';

export const feedbackInput = z.strictObject({
  rating: z.number({ error: 'Give a rating from 1 to 5.' }).int().min(1, 'Give a rating from 1 to 5.').max(5, 'Give a rating from 1 to 5.'),
  comment: z.string({ error: 'Write the comment as text.' }).trim().max(500, 'At most 500 characters.'),
});

export type SaveResult =
  | { ok: true; id: number }
  | { ok: false; code: 'validation_failed'; message: string }
  | { ok: false; code: 'too_many_entries'; message: string; retryAfterSeconds: number };

export const entriesKept = 200;

export function saveFeedback(input: unknown): SaveResult {
  const parsed = feedbackInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', message: parsed.error.issues.map((i) => i.message).join(' ') };
  return db().transaction(() => {
    const budget = takeWrite(db(), 'feedback', budgetFrom('FEEDBACK_PER_MINUTE', 60));
    if (!budget.ok) return { ok: false, code: 'too_many_entries', message: `Too much feedback right now. Try again in ${budget.retryAfterSeconds} s.`, retryAfterSeconds: budget.retryAfterSeconds };
    const { id } = db().get<{ id: number }>('INSERT INTO feedback (rating, comment, created_at) VALUES (?, ?, ?) RETURNING id', parsed.data.rating, parsed.data.comment, new Date().toISOString())!;
    db().run('DELETE FROM feedback WHERE id NOT IN (SELECT id FROM feedback ORDER BY id DESC LIMIT ?)', entriesKept);
    return { ok: true, id };
  });
}
