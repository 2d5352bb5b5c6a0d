import Link from 'next/link';
import { mobileKey, partnerKey } from '@/lib/api-keys';
import { checks, type CheckId } from '@/lib/checks';
import { placeOrderAction } from '../action/actions';
import { connection } from 'next/server';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// The two clients' keys, from lib/api-keys.ts.
const mobile = () => `Bearer ${mobileKey()}`;
const partner = () => `Bearer ${partnerKey()}`;

const call = (path: string, init: { authorization?: string; body?: object } = {}) =>
  fetch(`${self}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: { ...(init.authorization && { Authorization: init.authorization }), ...(init.body && { 'Content-Type': 'application/json' }) },
    body: init.body && JSON.stringify(init.body),
    cache: 'no-store',
  });

/** Places a one-item order as `authorization` and returns where it can be read, or null. */
async function placeAs(authorization: string): Promise<string | null> {
  const response = await call('/api/v1/orders', { authorization, body: { sku: 'tea-green', quantity: 1, note: 'placed by the check page' } });
  return response.status === 201 ? response.headers.get('location') : null;
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'api-order-placed': async () => {
    const location = await placeAs(mobile());
    return location !== null && (await call(location, { authorization: mobile() })).status === 200;
  },
  'other-client-order-hidden': async () => {
    const location = await placeAs(partner());
    return location !== null && (await call(location, { authorization: mobile() })).status === 404;
  },
  'no-key-refused': async () => (await call('/api/v1/orders')).status === 401,
  'quantity-string-refused': async () => (await call('/api/v1/orders', { authorization: mobile(), body: { sku: 'tea-green', quantity: '2' } })).status === 422,
  // Actions are called directly with the arguments an attacker can encode in a request: after React decodes a
  // forged call, this is exactly what reaches the function.
  'action-file-refused': async () => {
    const form = new FormData();
    form.set('sku', 'tea-green');
    form.set('quantity', new File(['1'], 'quantity.txt'));
    return (await placeOrderAction({ status: 'idle' }, form)).status === 'error';
  },
};

export default async function CheckPage() {
  // Runs on every visit: each check calls this app's API as it runs now.
  await connection();
  const results = [];
  for (const check of checks) results.push({ ...check, passed: await run[check.id]().catch(() => false) });
  const passing = results.filter((r) => r.passed).length;
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Check your fix</h1>
      <p role="status">{passing} of {results.length} checks pass</p>
      <ul aria-label="Checks">
        {results.map((r) => (
          <li key={r.id}>
            <h2>{r.title}</h2>
            <p className={r.passed ? 'success' : 'error'}>{r.passed ? 'Passed' : 'Failed'}</p>
            {!r.passed && <p>Hint: {r.hint}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
