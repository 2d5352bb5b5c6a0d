// What the /check page tests against this running app: attacks that must fail, and the transfer that must still
// work. Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail in its
// starting state, so keep them stable.
export const checks = [
  {
    id: 'json-transfer-works',
    title: 'A JSON transfer from this site goes through',
    hint: 'POST /api/transfers with Content-Type: application/json and a valid transfer must still answer 201.',
  },
  {
    id: 'text-plain-refused',
    title: 'A text/plain post is refused with 415',
    hint: 'Another site can send text/plain without a preflight. Read the body with readJson from lib/request-body.ts, which accepts application/json only.',
  },
  {
    id: 'cross-site-refused',
    title: 'A post from another origin is refused with 403',
    hint: 'Compare the Origin header with this site before doing anything (isCrossSite in lib/same-origin.ts).',
  },
  {
    id: 'large-body-refused',
    title: 'A body larger than 4 KB is refused with 413 before it is read',
    hint: 'Check the size as the body arrives (readJson reads it with a running limit) instead of reading all of it first.',
  },
  {
    id: 'missing-account-moves-nothing',
    title: 'A transfer to an account that does not exist moves no money',
    hint: 'Run the debit, the credit and the ledger row in one db().transaction(): when the credit finds no account, throwing rolls the debit back.',
  },
  {
    id: 'action-file-refused',
    title: 'The Server Action refuses a File where it expects text',
    hint: 'A FormData entry can be a File: read fields with formText from lib/request-body.ts.',
  },
  {
    id: 'action-forged-arguments-refused',
    title: 'The Server Action refuses arguments that are not a form',
    hint: 'Anyone can call the action with any arguments: check that the second one is a FormData.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
