// The domain both sides share: validation, the rules only the server can apply, and the bounded store.
import { z } from 'zod';
import { db } from './db';
import { budgetFrom, takeWrite } from './write-budget';

export interface Message {
  id: number;
  text: string;
}

export const messageInput = z.strictObject({
  text: z.string({ error: 'Write the message as text.' }).trim().min(1, 'Write something.').max(140, 'At most 140 characters.'),
});

export type SendResult =
  | { ok: true; message: Message }
  | { ok: false; code: 'validation_failed' | 'links_not_allowed'; message: string }
  | { ok: false; code: 'too_many_messages'; message: string; retryAfterSeconds: number };

/** Messages kept: the newest 100. */
export const messagesKept = 100;

export function sendMessage(input: unknown): SendResult {
  const parsed = messageInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', message: parsed.error.issues.map((i) => i.message).join(' ') };
  // A rule the page cannot know in advance: the server decides, and the page takes its optimistic message back.
  // (A demo rule, not a link filter: it misses bare domains and look-alike characters.)
  if (/https?:\/\/|www\./i.test(parsed.data.text)) return { ok: false, code: 'links_not_allowed', message: 'Links are not allowed in messages.' };
  return db().transaction(() => {
    const budget = takeWrite(db(), 'message', budgetFrom('MESSAGES_PER_MINUTE', 60));
    if (!budget.ok) return { ok: false, code: 'too_many_messages', message: `Too many messages right now. Try again in ${budget.retryAfterSeconds} s.`, retryAfterSeconds: budget.retryAfterSeconds };
    const message = db().get<Message>('INSERT INTO messages (text, created_at) VALUES (?, ?) RETURNING id, text', parsed.data.text, new Date().toISOString())!;
    db().run('DELETE FROM messages WHERE id NOT IN (SELECT id FROM messages ORDER BY id DESC LIMIT ?)', messagesKept);
    return { ok: true, message };
  });
}

/** The newest messages, oldest first. */
export const listMessages = () => db().all<Message>('SELECT id, text FROM (SELECT id, text FROM messages ORDER BY id DESC LIMIT ?) ORDER BY id', messagesKept);
