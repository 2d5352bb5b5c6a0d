// One domain function, two adapters: the web UI's Server Action and the API's Route Handler both call placeOrder.
import { z } from 'zod';

export const catalog = { 'tea-green': 'Green tea', 'tea-black': 'Black tea', 'mug-blue': 'Blue mug' } as const;

// The contract is JSON, where a number is a number: `true`, `[1]` or `"0x2"` is a client's bug to report, not to guess at.
export const orderInput = z
  .object({
    sku: z.enum(Object.keys(catalog) as [keyof typeof catalog, ...(keyof typeof catalog)[]], { error: 'Pick a product from the catalog.' }),
    quantity: z.number({ error: 'Quantity must be a number.' }).int('Quantity must be a whole number.').min(1, 'Order at least 1.').max(20, 'Order at most 20.'),
    note: z.string({ error: 'The note must be text.' }).trim().max(200, 'Keep the note under 200 characters.').optional(),
  })
  .strict();

// A form sends only text, or Files where a script puts them: the web UI's fields become orderInput here, and only
// here is a quantity read from digits.
export const orderForm = z.object({
  sku: z.string({ error: 'Pick a product from the catalog.' }),
  quantity: z.string({ error: 'Quantity must be a number.' }).trim().regex(/^-?\d+(\.\d+)?$/, 'Quantity must be a number.').transform(Number),
  note: z.string({ error: 'The note must be text.' }).transform((note) => note.trim() || undefined),
});

export type Order = z.infer<typeof orderInput> & { id: string; channel: string; createdAt: string };
export type PlaceResult = { ok: true; order: Order } | { ok: false; fieldErrors: Record<string, string[] | undefined> };

const store = ((globalThis as { __orders?: Order[] }).__orders ??= []);

/** `channel` says who placed it: "web" for the UI, or the API client's name. Each sees only its own orders. */
export function placeOrder(input: unknown, channel: string): PlaceResult {
  const parsed = orderInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const order = { ...parsed.data, id: `ord_${store.length + 1}`, channel, createdAt: new Date().toISOString() };
  store.push(order);
  return { ok: true, order };
}

export function listOrders(channel: string): Order[] {
  return store.filter((o) => o.channel === channel);
}

export function findOrder(id: string): Order | undefined {
  return store.find((o) => o.id === id);
}
