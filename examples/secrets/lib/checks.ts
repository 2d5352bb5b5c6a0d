// What the /check page tests against this running app: both sides must still find cities, and no request may
// steer the secret key to another server. Plain data (no imports) so the course site can read the ids; a
// challenge names the ids that fail in its starting state, so keep them stable.
export const checks = [
  {
    id: 'handler-finds-city',
    title: 'The Route Handler finds Lisbon',
    hint: 'GET /api/cities?name=Lisbon must answer 200 with the place the provider returned.',
  },
  {
    id: 'action-finds-city',
    title: 'The Server Action finds Lisbon',
    hint: 'lookupCityAction must return the place for a form with city=Lisbon.',
  },
  {
    id: 'forged-host-keeps-key',
    title: 'A forged Host header cannot send the key to another server',
    hint: 'Take the provider URL from configuration (an environment variable, or loopback and PORT), never from Host or X-Forwarded-* headers, which any client can write.',
  },
  {
    id: 'action-file-refused',
    title: 'The Server Action refuses a File where it expects a city name',
    hint: 'A FormData entry can be a File: validate that the city is text before using it.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
