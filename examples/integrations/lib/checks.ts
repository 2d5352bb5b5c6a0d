// What the /check page tests against this running app: the API serves its own clients, each only their own
// orders. Plain data (no imports) so the course site can read the ids; a challenge names the ids that fail in its
// starting state, so keep them stable. The checks place small orders of their own under the two demo clients.
export const checks = [
  {
    id: 'api-order-placed',
    title: 'A client with a key places an order and reads it back',
    hint: 'POST /api/v1/orders with a valid key must answer 201 with a Location, and GET on that Location with the same key must answer 200.',
  },
  {
    id: 'other-client-order-hidden',
    title: 'A client cannot read another client’s order by its id',
    hint: 'Order ids are easy to guess. Look an order up by its id and by the client the key belongs to, and answer 404 when it is someone else’s.',
  },
  {
    id: 'no-key-refused',
    title: 'A request without an API key is refused with 401',
    hint: 'Authenticate the key (authenticate in lib/api-keys.ts) before anything else.',
  },
  {
    id: 'quantity-string-refused',
    title: 'The API refuses the quantity "2" as a string',
    hint: 'In JSON a number is a number: validate with z.number(), never z.coerce.',
  },
  {
    id: 'action-file-refused',
    title: 'The Server Action refuses a File where it expects the quantity',
    hint: 'A FormData entry can be a File: validate that each field is text (orderForm in lib/orders.ts).',
  },
] as const satisfies readonly { id: string; title: string; hint: string }[];

export type CheckId = (typeof checks)[number]['id'];
