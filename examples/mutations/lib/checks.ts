// What the /check page tests against this running app: ids must be what they claim to be on both sides. Plain
// data (no imports) so the course site can read the ids; a challenge names the ids that fail in its starting
// state, so keep them stable. Any to-do a check changes is set back.
export const checks = [
  {
    id: 'handler-unknown-id-404',
    title: 'The Route Handler answers 404 for a to-do that does not exist',
    hint: 'PATCH /api/todos/999999 with {"done":true} must answer 404.',
  },
  {
    id: 'handler-hex-id-refused',
    title: 'The Route Handler refuses the id “0x1” in the URL',
    hint: 'Number() reads "0x1" as 1: accept plain digits only (idFromPath in lib/todos.ts).',
  },
  {
    id: 'action-unknown-id-refused',
    title: 'The Server Action refuses a to-do that does not exist',
    hint: 'toggleTodoAction(999999, true) must return { ok: false }.',
  },
  {
    id: 'action-string-id-refused',
    title: 'The Server Action refuses the string “0x1” as an id',
    hint: 'Action arguments arrive as JSON, where an id is a number. Validate with z.number(), not z.coerce.number(), which turns "0x1" into 1.',
  },
  {
    id: 'action-array-id-refused',
    title: 'The Server Action refuses [1] as an id',
    hint: 'Coercion turns [1] into 1 as well: a caller can send any JSON value, so accept numbers only.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
