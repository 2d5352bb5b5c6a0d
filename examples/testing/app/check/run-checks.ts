// The checks of this example's challenge (lib/checks.ts says what each one proves), run by the check page's button
// (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { endSession, sessionCookie, startSession } from '@/lib/session';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const postNote = (headers: Record<string, string>, body = JSON.stringify({ text: 'Sent by the check page' })) =>
  fetch(`${self}/api/notes`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, cache: 'no-store' });

/** Runs `use` with the cookie of a throwaway session, and ends the session (and with it any note it added) after. */
async function withSession(use: (cookie: string) => Promise<boolean>): Promise<boolean> {
  const started = startSession();
  if (!started.ok) throw new Error(`No new session allowed for ${started.retryAfterSeconds} s.`);
  try {
    return await use(`${sessionCookie}=${started.token}`);
  } finally {
    endSession(started.token);
  }
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'handler-cross-site-refused': () => withSession(async (cookie) => (await postNote({ Cookie: cookie, Origin: 'https://evil.example' })).status === 403),
  'handler-no-session-refused': async () => (await postNote({})).status === 401,
  'handler-text-plain-refused': () => withSession(async (cookie) => (await postNote({ Cookie: cookie, 'Content-Type': 'text/plain' })).status === 415),
};

export const runChecks = () => runEachCheck(checks, run);
