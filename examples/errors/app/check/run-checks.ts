// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { listProjects } from '@/lib/projects';
import { renameAction, type RenameState } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const nameOf = (id: string) => listProjects().find((p) => p.id === id)?.name ?? '';

// Actions are called directly with the arguments a request can carry: after React decodes a call, this is exactly
// what reaches the function. An expected error must come back as state; a thrown one fails the check.
const rename = (id: string, name: string): Promise<RenameState> => {
  const form = new FormData();
  form.set('name', name);
  return renameAction(id, { status: 'idle' }, form);
};

const patch = (id: string, body: object) =>
  fetch(`${self}/api/projects/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });

const run: Record<CheckId, () => Promise<boolean>> = {
  'action-invalid-name-returned': async () => {
    const state = await rename('p1', 'x');
    return state.status === 'error' && !!state.fieldErrors.name?.length;
  },
  'action-name-taken-returned': async () => (await rename('p1', nameOf('p2'))).status === 'error',
  'action-unknown-project-returned': async () => (await rename('p404', 'Mercury')).status === 'error',
  'handler-invalid-name-422': async () => {
    const response = await patch('p1', { name: 'x' });
    return response.status === 422 && (await response.json()).error?.code === 'validation_failed';
  },
  'handler-failure-hides-details': async () => {
    // Renaming p1 to its own name passes every rule, so the simulated failure is what answers.
    const response = await patch('p1', { name: nameOf('p1'), simulateFailure: true });
    const text = await response.text();
    return response.status === 500 && !text.includes('db-7') && !!JSON.parse(text).error?.requestId;
  },
};

export const runChecks = () => runEachCheck(checks, run);
