// Plays the payment provider: signs an event and POSTs it to the webhook.
// Usage: node scripts/send-test-event.mjs [base URL, default http://localhost:3000]
import { createHmac } from 'node:crypto';

const base = process.argv[2] ?? 'http://localhost:3000';
const secret = process.env.WEBHOOK_SECRET ?? 'whsec_demo_5b1f0c8e';
const id = Math.random().toString(36).slice(2, 10);
const body = JSON.stringify({ id: `evt_${id}`, type: 'payment.succeeded', data: { paymentId: `pay_${id}`, amount: 1999, currency: 'usd' } });
const t = Math.floor(Date.now() / 1000);
const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

const response = await fetch(`${base}/api/webhooks/payments`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'Webhook-Signature': `t=${t},v1=${v1}` },
  body,
});
console.log(`${response.status} ${await response.text()}`);
