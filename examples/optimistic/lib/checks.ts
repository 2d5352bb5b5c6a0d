// What the /check page tests against this running app: the server applies the rule the page cannot know. Plain
// data (no imports) so the course site can read the ids; a challenge names the ids that fail in its starting state,
// so keep them stable.
export const checks = [
  {
    id: 'action-link-refused',
    title: 'The Server Action refuses a message with a link',
    hint: 'The rule lives in sendMessage (lib/messages.ts), which both sides call: refuse text with http://, https:// or www. there.',
  },
  {
    id: 'handler-link-refused',
    title: 'The Route Handler answers a message with a link with 422',
    hint: 'The handler calls the same sendMessage: one rule in lib/messages.ts covers both sides.',
  },
  {
    id: 'handler-text-plain-refused',
    title: 'The Route Handler refuses a text/plain body with 415',
    hint: 'Read the body with readJson from lib/request-body.ts, which accepts application/json only.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
