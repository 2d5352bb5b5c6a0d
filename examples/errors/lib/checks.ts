// What the /check page tests against this running app: expected errors come back as values the UI can show, and
// the unexpected one reveals nothing. Plain data (no imports) so the course site can read the ids; a challenge
// names the ids that fail in its starting state, so keep them stable.
export const checks = [
  {
    id: 'action-invalid-name-returned',
    title: 'The Server Action returns a too-short name as a field error',
    hint: 'Bad input is expected: return { status: "error", fieldErrors, … } for the form to show, instead of throwing.',
  },
  {
    id: 'action-name-taken-returned',
    title: 'The Server Action returns “name taken” as state',
    hint: 'A name that is already used is an expected outcome: return it as state. A thrown error reaches error.tsx with its message hidden in production.',
  },
  {
    id: 'action-unknown-project-returned',
    title: 'The Server Action returns “no such project” as state',
    hint: 'An id that does not exist is an expected outcome: return it as state instead of throwing.',
  },
  {
    id: 'handler-invalid-name-422',
    title: 'The Route Handler answers a too-short name with 422',
    hint: 'PATCH /api/projects/p1 with {"name":"x"} must answer 422 with code validation_failed.',
  },
  {
    id: 'handler-failure-hides-details',
    title: 'An unexpected failure in the Route Handler is a 500 that reveals no internals',
    hint: 'Catch unexpected errors in one place (withErrorHandling in lib/http-errors.ts), log them, and answer a generic message with a request id.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
