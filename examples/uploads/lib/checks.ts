// What the /check page tests against this running app: uploads must work, and no upload may make the server hold
// more than the limit. Plain data (no imports) so the course site can read the ids; a challenge names the ids
// that fail in its starting state, so keep them stable.
export const checks = [
  {
    id: 'handler-upload-works',
    title: 'A small text file uploads through the Route Handler',
    hint: 'POST /api/uploads with Content-Type: text/plain, an X-File-Name header and the file as the body must answer 201.',
  },
  {
    id: 'declared-large-refused',
    title: 'An upload that declares more than 5 MB is refused before it is read',
    hint: 'Compare the Content-Length header with the limit before reading the body, and answer 413 at once.',
  },
  {
    id: 'endless-body-cut-off',
    title: 'An upload without a declared size is cut off at 5 MB',
    hint: 'Read request.body as a stream and count the bytes as they arrive; answer 413 as soon as the count passes the limit instead of buffering the whole body first.',
  },
  {
    id: 'fake-png-refused',
    title: 'A “PNG” whose bytes are HTML is refused',
    hint: 'The declared type is the client’s word: check the file’s first bytes against it (contentCheck in lib/uploads.ts).',
  },
  {
    id: 'action-forged-arguments-refused',
    title: 'The Server Action refuses arguments that are not a form',
    hint: 'Anyone can call the action with any arguments: check that the second one is a FormData.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
