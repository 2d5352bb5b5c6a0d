// What the /check page tests against this running app: forged and malformed deliveries must be refused, and real
// ones accepted. Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail
// in its starting state, so keep them stable.
export const checks = [
  {
    id: 'signed-event-accepted',
    title: 'A correctly signed event is recorded',
    hint: 'POST /api/webhooks/payments with a valid Webhook-Signature must answer 200 and record the payment.',
  },
  {
    id: 'formatted-event-accepted',
    title: 'A signed event with spaces and line breaks is accepted',
    hint: 'The provider signs the exact bytes it sends. Verify the signature over the raw body; parsing and serialising it again changes the bytes.',
  },
  {
    id: 'forged-signature-refused',
    title: 'An event signed with the wrong secret is refused and not recorded',
    hint: 'Compare the HMAC of the raw body with the one in the header (matches in lib/signature.ts) before using the event.',
  },
  {
    id: 'stale-signature-refused',
    title: 'A correctly signed event from ten minutes ago is refused',
    hint: 'Refuse timestamps outside the tolerance (parseSignature in lib/signature.ts), so a captured delivery cannot be replayed later.',
  },
  {
    id: 'unsigned-body-not-read',
    title: 'A request without a signature is refused before its body is read',
    hint: 'Check the Webhook-Signature header first: without a well-formed, recent one, answer 400 without reading a byte of the body.',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
