// What the /check page tests against this running app: the API signs callers in by their token and nothing else.
// Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail in its starting
// state, so keep them stable.
export const checks = [
  {
    id: 'api-ignores-session-cookie',
    title: 'The API refuses a form post that carries only the session cookie',
    hint: 'Another site can send a form post to /api/v2/tasks, and the browser adds this site’s cookie. In lib/api.ts, sign callers in from the Authorization header only (userOfBearer in lib/tokens.ts).',
  },
  {
    id: 'api-requires-token',
    title: 'The API answers 401 without a token',
    hint: 'The signedIn middleware in lib/api.ts throws errors.UNAUTHORIZED() when userOfBearer finds no user.',
  },
  {
    id: 'api-v1-unchanged',
    title: 'Version 1 still answers as it did: a task with an id and a title, nothing more',
    hint: 'Installed apps still send v1. Keep lib/contract.ts’s v1 routes and their output schema as they are; add changes to v2.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
