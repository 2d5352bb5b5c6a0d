// What the /check page tests against this running app: both sides must refuse what a form never sends. Plain data
// (no imports) so the course site can read the ids; a challenge names the ids that fail in its starting state, so
// keep them stable. No check creates a post.
export const checks = [
  {
    id: 'action-file-refused',
    title: 'The Server Action refuses File parts where it expects text',
    hint: 'A FormData entry can be a File, and String() turns one into "[object File]", which passes as a title. Read fields with formText from lib/request-body.ts, which gives null for a File.',
  },
  {
    id: 'action-empty-form-refused',
    title: 'The Server Action refuses an empty form',
    hint: 'Validate the fields with postInput before creating anything.',
  },
  {
    id: 'action-forged-arguments-refused',
    title: 'The Server Action refuses arguments that are not a form',
    hint: 'Anyone can call the action with any arguments: check that the second one is a FormData.',
  },
  {
    id: 'handler-invalid-refused',
    title: 'The Route Handler answers an invalid post with 422',
    hint: 'POST /api/posts with {"title":"x","body":""} must answer 422 with field errors.',
  },
  {
    id: 'handler-text-plain-refused',
    title: 'The Route Handler refuses a text/plain body with 415',
    hint: 'Read the body with readJson from lib/request-body.ts, which accepts application/json only.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
