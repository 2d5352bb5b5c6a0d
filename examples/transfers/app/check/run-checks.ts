// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { listAccounts, transfer } from '@/lib/accounts';
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { transferAction } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// Each check moves at most one cent from Alice to Carol; anything that went through is moved back.
const cent = { from: 'acc_alice', to: 'acc_carol', amount: 1, reference: 'check' };
const undo = () => transfer({ from: 'acc_carol', to: 'acc_alice', amount: 1, reference: 'check (undo)' }, randomUUID());
const balances = () => JSON.stringify(listAccounts());

async function post(headers: Record<string, string>, body: string) {
  const response = await fetch(`${self}/api/transfers`, { method: 'POST', headers: { 'Idempotency-Key': randomUUID(), ...headers }, body, cache: 'no-store' });
  if (response.status === 201) undo();
  return response.status;
}

/** Declares a body of `declared` bytes, sends 1 KB of it, and gives the status if the app answers within 5 s. */
function postPart(declared: number): Promise<number | null> {
  return new Promise((done) => {
    const req = httpRequest(`${self}/api/transfers`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(declared) } });
    const finish = (status: number | null) => {
      clearTimeout(timer);
      req.destroy();
      done(status);
    };
    const timer = setTimeout(() => finish(null), 5000);
    req.on('response', (res) => finish(res.statusCode ?? null));
    req.on('error', () => finish(null));
    req.write(`{"from":"acc_alice","to":"acc_carol","amount":1,"reference":"${'x'.repeat(1000)}`);
  });
}

/** A form as the attacker sends it: what React hands the action after decoding their request. */
const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const run: Record<CheckId, () => Promise<boolean>> = {
  'json-transfer-works': async () => (await post({ 'Content-Type': 'application/json' }, JSON.stringify(cent))) === 201,
  'text-plain-refused': async () => (await post({ 'Content-Type': 'text/plain' }, JSON.stringify(cent))) === 415,
  'cross-site-refused': async () => (await post({ 'Content-Type': 'application/json', Origin: 'https://evil.example' }, JSON.stringify(cent))) === 403,
  'large-body-refused': async () => (await postPart(1024 * 1024)) === 413,
  'missing-account-moves-nothing': async () => {
    const before = balances();
    const status = await post({ 'Content-Type': 'application/json' }, JSON.stringify({ ...cent, to: 'acc_nobody' }));
    return status === 404 && balances() === before;
  },
  // Actions are called directly with the arguments an attacker can encode in a request: after React decodes a
  // forged call, this is exactly what reaches the function.
  'action-file-refused': async () => {
    const before = balances();
    const state = await transferAction({ status: 'idle' }, form({ from: 'acc_alice', to: 'acc_carol', amount: new File(['0.01'], 'amount.txt'), reference: '', token: randomUUID() }));
    if (state.status === 'done') undo();
    return state.status === 'error' && balances() === before;
  },
  'action-forged-arguments-refused': async () => {
    const state = await transferAction({ status: 'idle' }, 'not a form' as unknown as FormData);
    if (state.status === 'done') undo();
    return state.status === 'error';
  },
};

export const runChecks = () => runEachCheck(checks, run);
