// The checks of this example's challenge (lib/checks.ts says what each one proves), run by the check page's button
// (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { endSession, sessionCookie, startSession } from '@/lib/session';
import { issueToken } from '@/lib/tokens';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const post = (path: string, headers: Record<string, string>, body: string) =>
  fetch(`${self}/api${path}`, { method: 'POST', headers, body, cache: 'no-store' });

/** Runs `use` with a throwaway session, and ends it after (its tasks and tokens go with the next prune). */
async function withSession(use: (session: { cookie: string; userId: string }) => Promise<boolean>): Promise<boolean> {
  const started = startSession();
  if (!started.ok) throw new Error(`No new session allowed for ${started.retryAfterSeconds} s.`);
  try {
    return await use({ cookie: `${sessionCookie}=${started.token}`, userId: started.userId });
  } finally {
    endSession(started.token);
  }
}

const run: Record<CheckId, () => Promise<boolean>> = {
  // What a <form method="post" action=".../api/v2/tasks"> on another page of the same site (a sibling subdomain)
  // sends: a form body and the reader's cookie, which SameSite=Lax lets through from the same site.
  'api-ignores-session-cookie': () =>
    withSession(async ({ cookie }) => (await post('/v2/tasks', { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie }, 'title=Sent+by+another+page&priority=high')).status === 401),
  'api-requires-token': async () => (await post('/v2/tasks', { 'Content-Type': 'application/json' }, JSON.stringify({ title: 'No token', priority: 'low' }))).status === 401,
  'api-v1-unchanged': () =>
    withSession(async ({ userId }) => {
      const { token } = issueToken(userId);
      const response = await post('/v1/tasks', { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, JSON.stringify({ title: 'From an old app' }));
      const body = await response.json();
      return response.status === 201 && Object.keys(body).sort().join() === 'id,title' && body.title === 'From an old app';
    }),
};

export const runChecks = () => runEachCheck(checks, run);
