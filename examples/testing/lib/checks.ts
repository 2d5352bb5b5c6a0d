// What the /check page tests against this running app: the notes API refuses what its unit tests say it refuses.
// Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail in its starting
// state, so keep them stable.
export const checks = [
  {
    id: 'handler-cross-site-refused',
    title: 'The Route Handler refuses another site’s page, even with a valid session',
    hint: 'Handlers get no CSRF check of their own. Start POST with isCrossSite(request.headers) from lib/same-origin.ts and answer 403; tests/route.test.ts expects it.',
  },
  {
    id: 'handler-no-session-refused',
    title: 'The Route Handler answers 401 without a session',
    hint: 'Ask verifySession() from lib/dal.ts who is calling before anything else is read.',
  },
  {
    id: 'handler-text-plain-refused',
    title: 'The Route Handler refuses a text/plain body with 415',
    hint: 'Read the body with readJson from lib/request-body.ts, which accepts application/json only.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
