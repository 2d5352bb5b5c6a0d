// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { listTodos, setDone } from '@/lib/todos';
import { toggleTodoAction } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const patch = async (segment: string) =>
  (await fetch(`${self}/api/todos/${segment}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"done":true}', cache: 'no-store' })).status;

/**
 * Calls the toggle action with `forge(id)` in place of the id of the first to-do, asking to flip it, and says
 * whether the action refused. Actions are called directly with the arguments an attacker can encode in a request:
 * after React decodes a forged call, this is exactly what reaches the function. Every to-do is set back after.
 */
async function refusesForgedId(forge: (id: number) => unknown): Promise<boolean> {
  const before = listTodos().map((t) => ({ id: t.id, done: t.done }));
  const target = before[0];
  if (!target) return true; // Nothing left to toggle.
  try {
    const result = await toggleTodoAction(forge(target.id) as number, !target.done);
    return !result.ok && listTodos().every((t) => before.some((b) => b.id === t.id && b.done === t.done));
  } finally {
    for (const { id, done } of before) setDone(id, { done });
  }
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'handler-unknown-id-404': async () => (await patch('999999')) === 404,
  'handler-hex-id-refused': async () => (await patch('0x1')) === 400,
  'action-unknown-id-refused': async () => !(await toggleTodoAction(999_999, true)).ok,
  'action-string-id-refused': () => refusesForgedId((id) => `0x${id.toString(16)}`),
  'action-array-id-refused': () => refusesForgedId((id) => [id]),
};

export const runChecks = () => runEachCheck(checks, run);
