// The data access layer both sides share: it finds the signed-in user, checks ownership of every document it is
// asked about, and hands out only the fields the browser may see (a DTO), never the whole record.
import 'server-only';
import { z } from 'zod';

/** A row as the database holds it. Only this module ever sees all of it. */
interface DocumentRecord {
  id: string; // public id, used in URLs and forms
  rowId: string; // internal primary key: never leaves the server
  ownerId: string;
  title: string;
  internalNote: string; // for staff only: never leaves the server
  sharedWith: string[];
}

/** What the browser may see of a document: an explicit allow-list. */
export interface DocumentDto {
  id: string;
  title: string;
  sharedWith: string[];
}

export type DocumentError =
  | { code: 'not_found'; message: string }
  | { code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> };
export type DocumentResult = { ok: true; document: DocumentDto } | ({ ok: false } & DocumentError);

const users = ['ada', 'bob', 'grace', 'linus'];

const store = ((globalThis as { __documents?: Map<string, DocumentRecord> }).__documents ??= new Map(
  [
    { id: 'doc_q3_plan', rowId: 'row_7f3c9e21', ownerId: 'ada', title: 'Q3 plan', internalNote: 'Legal hold until 2027: do not delete.', sharedWith: [] },
    { id: 'doc_offsite', rowId: 'row_5b81d4a0', ownerId: 'ada', title: 'Offsite agenda', internalNote: 'Venue deposit unpaid.', sharedWith: ['bob'] },
    { id: 'doc_salaries', rowId: 'row_c2e9a713', ownerId: 'bob', title: 'Team salaries', internalNote: 'Board only.', sharedWith: [] },
  ].map((d): [string, DocumentRecord] => [d.id, d]),
));

/**
 * The signed-in user. This example has no sign-in, so it is always Ada; a real app reads and verifies the session
 * cookie here. Every function below calls it instead of taking a user id from the caller.
 */
export function currentUserId(): string {
  return 'ada';
}

/** The allow-list: add a field here on purpose, or it does not reach the browser. */
const toDto = (record: DocumentRecord): DocumentDto => ({ id: record.id, title: record.title, sharedWith: [...record.sharedWith] });

const notFound = (id: unknown): DocumentResult => ({ ok: false, code: 'not_found', message: `You have no document with ${typeof id === 'string' ? `the id ${JSON.stringify(id)}` : 'that id'}.` });

/** The signed-in user's documents, each with its internal row id for Server Components that must not pass it on. */
export function listMyDocuments(): { rowId: string; document: DocumentDto }[] {
  const me = currentUserId();
  return [...store.values()].filter((r) => r.ownerId === me).map((r) => ({ rowId: r.rowId, document: toDto(r) }));
}

/** One document, if the signed-in user owns it. Someone else's document answers exactly like a missing one. */
export function getMyDocument(id: unknown): DocumentResult {
  const record = typeof id === 'string' ? store.get(id) : undefined;
  if (!record || record.ownerId !== currentUserId()) return notFound(id);
  return { ok: true, document: toDto(record) };
}

const shareInput = z
  .object({
    username: z
      .string({ error: 'Username must be text.' })
      .trim()
      .toLowerCase()
      .refine((name) => users.includes(name), { message: `Share with one of: ${users.join(', ')}.` }),
  })
  .strict();

/**
 * Shares a document the signed-in user owns. `id` comes from the client (a bound argument or a URL), so it is
 * checked here like any other input: whoever sent it, only the owner's own documents can be shared.
 */
export function shareDocument(id: unknown, input: unknown): DocumentResult {
  const record = typeof id === 'string' ? store.get(id) : undefined;
  if (!record || record.ownerId !== currentUserId()) return notFound(id);
  const parsed = shareInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Check the username.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { username } = parsed.data;
  if (username === record.ownerId) {
    return { ok: false, code: 'validation_failed', message: 'Check the username.', fieldErrors: { username: ['You own this document already.'] } };
  }
  if (!record.sharedWith.includes(username)) record.sharedWith.push(username);
  return { ok: true, document: toDto(record) };
}

/** Stops sharing a document, found by its internal row id (which only server code has). */
export function stopSharingByRow(rowId: string): DocumentResult {
  const record = [...store.values()].find((r) => r.rowId === rowId);
  // The row id came back encrypted, so it is the one the page was rendered with. But that page may be old (the
  // document may have changed hands since) and anyone holding it can replay the request: check the owner now.
  if (!record || record.ownerId !== currentUserId()) return { ok: false, code: 'not_found', message: 'That document is not yours.' };
  record.sharedWith = [];
  return { ok: true, document: toDto(record) };
}
