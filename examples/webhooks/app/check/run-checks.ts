// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { request as httpRequest } from 'node:http';
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { listPayments, testEvent, webhookSecret } from '@/lib/payments';
import { sign } from '@/lib/signature';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const webhook = `${self}/api/webhooks/payments`;

/** Sends `body` as a provider would, signed with `signature`; true when the event was recorded. */
async function deliver(body: string, signature: string): Promise<{ status: number; recorded: boolean }> {
  const id = (JSON.parse(body) as { id: string }).id;
  const response = await fetch(webhook, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Webhook-Signature': signature }, body, cache: 'no-store' });
  return { status: response.status, recorded: listPayments().some((p) => p.eventId === id) };
}

/** Declares a 1 MB body without a signature, sends 1 KB of it, and gives the status if the app answers within 5 s. */
function unsignedPart(): Promise<number | null> {
  return new Promise((done) => {
    const req = httpRequest(webhook, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(1024 * 1024) } });
    const finish = (status: number | null) => {
      clearTimeout(timer);
      req.destroy();
      done(status);
    };
    const timer = setTimeout(() => finish(null), 5000);
    req.on('response', (res) => finish(res.statusCode ?? null));
    req.on('error', () => finish(null));
    req.write(`{"id":"evt_unsigned","padding":"${'x'.repeat(1000)}`);
  });
}

const minutesAgo = (minutes: number) => Math.floor(Date.now() / 1000) - minutes * 60;

const run: Record<CheckId, () => Promise<boolean>> = {
  'signed-event-accepted': async () => {
    const body = JSON.stringify(testEvent());
    const { status, recorded } = await deliver(body, sign(body, webhookSecret()));
    return status === 200 && recorded;
  },
  'formatted-event-accepted': async () => {
    const body = JSON.stringify(testEvent(), null, 2);
    const { status, recorded } = await deliver(body, sign(body, webhookSecret()));
    return status === 200 && recorded;
  },
  'forged-signature-refused': async () => {
    const body = JSON.stringify(testEvent());
    const { status, recorded } = await deliver(body, sign(body, 'not-the-secret'));
    return status === 400 && !recorded;
  },
  'stale-signature-refused': async () => {
    const body = JSON.stringify(testEvent());
    const { status, recorded } = await deliver(body, sign(body, webhookSecret(), minutesAgo(10)));
    return status === 400 && !recorded;
  },
  'unsigned-body-not-read': async () => (await unsignedPart()) === 400,
};

export const runChecks = () => runEachCheck(checks, run);
