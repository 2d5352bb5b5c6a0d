// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { sessionCookie } from '@/lib/session';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const call = (path: string, init: { cookie?: string; body?: object } = {}) =>
  fetch(`${self}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: { ...(init.cookie && { Cookie: init.cookie }), ...(init.body && { 'Content-Type': 'application/json' }) },
    body: init.body && JSON.stringify(init.body),
    cache: 'no-store',
  });

/** Signs in as a demo user and returns the Cookie header that carries the session, or null. */
async function signInAs(username: 'ada' | 'grace'): Promise<string | null> {
  const response = await call('/api/session', { body: { username, password: `${username}-demo-password` } });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${sessionCookie}=`));
  return response.status === 200 && cookie ? cookie.split(';')[0]! : null;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const run: Record<CheckId, () => Promise<boolean>> = {
  'sign-in-works': async () => {
    const ada = await signInAs('ada');
    return ada !== null && (await call('/api/notes', { cookie: ada })).status === 200;
  },
  // Listing, adding and reading one note: 401 whether or not the note exists, because the session comes first.
  'notes-need-session': async () =>
    (await call('/api/notes')).status === 401 &&
    (await call('/api/notes', { body: { text: 'no session' } })).status === 401 &&
    (await call('/api/notes/note_1')).status === 401,
  'forged-token-refused': async () => {
    // Ada's real cookie works, and an unsigned token that claims to be hers does not.
    const ada = await signInAs('ada');
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'usr_ada', exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    return ada !== null && (await call('/api/notes', { cookie: ada })).status === 200 && (await call('/api/notes', { cookie: `${sessionCookie}=${unsigned}` })).status === 401;
  },
  'other-users-note-hidden': async () => {
    const grace = await signInAs('grace');
    const ada = await signInAs('ada');
    if (!grace || !ada) return false;
    // Grace's note for the check, written once and reused, so repeated visits do not fill her notes.
    const text = 'Written by the check page';
    const listed = (await (await call('/api/notes', { cookie: grace })).json()) as { notes?: { id: string; text: string }[] };
    let id = listed.notes?.find((n) => n.text === text)?.id;
    if (!id) id = ((await (await call('/api/notes', { cookie: grace, body: { text } })).json()) as { note?: { id: string } }).note?.id;
    // Her notes may be full (100 at most): any of her notes will do.
    id ??= listed.notes?.[0]?.id;
    if (!id) return false;
    return (await call(`/api/notes/${id}`, { cookie: grace })).status === 200 && (await call(`/api/notes/${id}`, { cookie: ada })).status === 404;
  },
  'unknown-user-like-wrong-password': async () => {
    const wrongPassword = await call('/api/session', { body: { username: 'ada', password: 'not-her-password' } });
    const unknownUser = await call('/api/session', { body: { username: 'nobody', password: 'not-her-password' } });
    return wrongPassword.status === 401 && unknownUser.status === 401 && (await wrongPassword.text()) === (await unknownUser.text());
  },
};

export const runChecks = () => runEachCheck(checks, run);
