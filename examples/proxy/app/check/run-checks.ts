// The checks of this example's challenge (lib/checks.ts says what each one proves), run by the check page's button
// (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { endSession, sessionCookie, startSession } from '@/lib/session';
import { readTeam, renameTeam } from '@/lib/team';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const renamed = 'Renamed by the check page';

/**
 * The rename action's id, read from the team page as a member gets it (its form carries the id for browsers without
 * JavaScript). Not imported: a route that imports an action becomes one of the places Next.js 15 forwards that
 * action's calls to, and a call posted to / would land on this check page.
 */
async function renameActionId(cookie: string): Promise<string> {
  const html = await (await fetch(`${self}/team`, { headers: { Cookie: cookie }, cache: 'no-store' })).text();
  const id = /name="\$ACTION_\d+:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  if (!id) throw new Error('The team page has no rename form.');
  return id;
}

/**
 * Calls the rename action over HTTP, as a script would: a POST with its id to `path`, the arguments encoded as React
 * encodes them (the form's fields, then the state and a reference to the form). Returns the team's name afterwards,
 * and puts the old name back.
 */
async function renameOver(actionId: string, path: string, cookie: string | null): Promise<string> {
  const before = readTeam().name;
  const body = new FormData();
  // The form's fields, named after the form's reference ($K1): `1_name` for the React in Next.js 15, `_1_name` for
  // the one in Next.js 16. Each ignores the other's name. Then the argument list.
  body.set('1_name', renamed);
  body.set('_1_name', renamed);
  body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  await fetch(`${self}${path}`, {
    method: 'POST',
    headers: { 'Next-Action': actionId, Accept: 'text/x-component', ...(cookie && { Cookie: cookie }) },
    body,
    cache: 'no-store',
  }).then((r) => r.arrayBuffer());
  const after = readTeam().name;
  renameTeam({ name: before });
  return after;
}

/** A throwaway session's cookie and the action's id; `end()` ends the session (as if it had expired). */
async function withSession(use: (cookie: string, actionId: string, end: () => void) => Promise<boolean>): Promise<boolean> {
  const started = startSession();
  if (!started.ok) throw new Error(`No new session allowed for ${started.retryAfterSeconds} s.`);
  const cookie = `${sessionCookie}=${started.token}`;
  try {
    return await use(cookie, await renameActionId(cookie), () => endSession(started.token));
  } finally {
    endSession(started.token);
  }
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'action-works-with-session': () => withSession(async (cookie, id) => (await renameOver(id, '/team', cookie)) === renamed),
  // Posted to the home page, which the proxy's matcher does not cover, with no cookie at all.
  'action-without-session-refused': () => withSession(async (_cookie, id) => (await renameOver(id, '/', null)) !== renamed),
  // Posted to the team page with the cookie of a session the server has ended: the proxy sees a cookie and lets it in.
  'action-ended-session-refused': () =>
    withSession(async (cookie, id, end) => {
      end();
      return (await renameOver(id, '/team', cookie)) !== renamed;
    }),
};

export const runChecks = () => runEachCheck(checks, run);
