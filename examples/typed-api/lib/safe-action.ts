import 'server-only';
import { createSafeActionClient, flattenValidationErrors } from 'next-safe-action';
import { verifySession } from './dal';
import { takeTaskWrite } from './tasks';

// The action client (next-safe-action): every action made from `userAction` runs the same middleware first, in
// order, and returns one typed result: { data } or { validationErrors } or { serverError }.

/** A refusal the reader may see word for word. Any other error reaches the client as a generic message. */
export class Refusal extends Error {}

/** What the reader sent, so a refused form can show it again (React resets a form after its action). */
export interface Submitted {
  title: string;
  priority: string;
}
const submitted = (input: unknown): Submitted => {
  const read = (name: string) => {
    const value = input instanceof FormData ? input.get(name) : (input as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value.slice(0, 1000) : '';
  };
  return { title: read('title'), priority: read('priority') };
};

export const actionClient = createSafeActionClient({
  handleServerError(error, { clientInput }) {
    const message = error instanceof Refusal ? error.message : 'Something went wrong. Try again.';
    if (!(error instanceof Refusal)) console.error('Action failed:', error); // the log has it; the reader does not
    return { message, submitted: submitted(clientInput) };
  },
});

export const userAction = actionClient
  // 1. Who is calling. An action is a public endpoint: the check runs in it, not only in the page that shows the form.
  .use(async ({ next }) => {
    const session = await verifySession();
    if (!session) throw new Refusal('Start a session first.');
    return next({ ctx: { userId: session.userId } });
  })
  // 2. How often. The budget lives in the database, shared with the API.
  .use(async ({ next, ctx }) => {
    const spent = takeTaskWrite(ctx.userId);
    if (!spent.ok) throw new Refusal(`Too many tasks this minute. Try again in ${spent.retryAfterSeconds} s.`);
    return next();
  });

/** Validation errors as { formErrors, fieldErrors }, with what was sent. */
export const withSubmitted = <E extends Parameters<typeof flattenValidationErrors>[0]>(errors: E, { clientInput }: { clientInput: unknown }) => ({
  ...flattenValidationErrors(errors),
  submitted: submitted(clientInput),
});
