// What the /check page tests against this running app: the rename action refuses callers without a live session,
// wherever they post it. Plain data (no imports) so the course site can read the ids; a challenge names the ids that
// fail in its starting state, so keep them stable.
export const checks = [
  {
    id: 'action-works-with-session',
    title: 'A member with a live session can rename the team with the action',
    hint: 'renameTeamAction in app/team/actions.ts must still rename the team for a caller whose session is live.',
  },
  {
    id: 'action-without-session-refused',
    title: 'The action refuses a call without a session, posted to the home page, which the proxy does not cover',
    hint: 'An action answers at any page’s path, so the proxy’s matcher never saw this call. Start the action with verifySession() from lib/dal.ts and return an error state when it is null.',
  },
  {
    id: 'action-ended-session-refused',
    title: 'The action refuses a call whose session cookie belongs to a session that has ended',
    hint: 'The proxy only checks that a cookie is there. verifySession() asks the database whether the session is still live.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
