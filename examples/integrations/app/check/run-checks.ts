// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { mobileKey, partnerKey } from '@/lib/api-keys';
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { placeOrderAction } from '../action/actions';

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

export const runChecks = () => runEachCheck(checks, run);
