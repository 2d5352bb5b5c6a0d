// What the /check page tests against this running app: sign-in must work, and reading notes without a valid
// session, or reading someone else's note by its id, must fail. Plain data (no imports) so the course site can read
// the ids; a challenge names the ids that fail in its starting state, so keep them stable.
export const checks = [
  {
    id: 'sign-in-works',
    title: 'A demo user can sign in and read their notes',
    hint: 'POST /api/session with the right username and password must answer 200 and set the session cookie, and GET /api/notes with that cookie must answer 200.',
  },
  {
    id: 'notes-need-session',
    title: 'Without a session, the notes are refused with 401',
    hint: 'Every function in lib/dal.ts that reads or writes notes starts with verifySession() and stops when it returns null.',
  },
  {
    id: 'forged-token-refused',
    title: 'A session token the server did not sign is refused',
    hint: 'readSessionToken in lib/session.ts verifies the signature with jwtVerify and accepts HS256 only; never decode a token without verifying it.',
  },
  {
    id: 'other-users-note-hidden',
    title: "Another user's note answers 404, like a note that does not exist",
    hint: 'A signed-in user is not the owner of every note: getMyNote in lib/dal.ts must compare the note\'s ownerId with the session\'s userId.',
  },
  {
    id: 'unknown-user-like-wrong-password',
    title: 'An unknown username gets the same answer as a wrong password',
    hint: 'signIn in lib/auth.ts answers "Wrong username or password." for both, so the answer does not tell which usernames exist.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
