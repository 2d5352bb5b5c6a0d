// One domain function, two adapters: the web UI's Server Action and the API's Route Handler both call placeOrder.
import { z } from 'zod';
import { db } from './db';

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

// The public id is "ord_" and the database's number for the order.
const columns = "'ord_' || seq AS id, sku, quantity, note, channel, created_at AS createdAt";
type Row = Omit<Order, 'note'> & { note: string | null };
const toOrder = ({ note, ...row }: Row): Order => (note === null ? row : { ...row, note }) as Order;

/** Anonymous web orders kept: each past this deletes the oldest. (A real shop has accounts and payment in front.) */
const keptWebOrders = 500;

/** `channel` says who placed it: "web" for the UI, or the API client's name. Each sees only its own orders. */
export function placeOrder(input: unknown, channel: string): PlaceResult {
  const parsed = orderInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { sku, quantity, note } = parsed.data;
  const row = db().get<Row>(
    `INSERT INTO orders (channel, sku, quantity, note, created_at) VALUES (?, ?, ?, ?, ?) RETURNING ${columns}`,
    channel,
    sku,
    quantity,
    note ?? null,
    new Date().toISOString(),
  )!;
  if (channel === 'web') {
    db().run(
      `DELETE FROM orders WHERE channel = 'web'
       AND seq < (SELECT min(seq) FROM (SELECT seq FROM orders WHERE channel = 'web' ORDER BY seq DESC LIMIT ?) AS newest)`,
      keptWebOrders,
    );
  }
  return { ok: true, order: toOrder(row) };
}

/** The channel's newest orders first, and only so many: an answer stays small however many orders there are. */
export function listOrders(channel: string, limit = 50): Order[] {
  return db().all<Row>(`SELECT ${columns} FROM orders WHERE channel = ? ORDER BY seq DESC LIMIT ?`, channel, limit).map(toOrder);
}

export function findOrder(id: string, channel: string): Order | undefined {
  const seq = /^ord_([1-9][0-9]{0,15})$/.exec(id)?.[1];
  if (!seq) return undefined;
  const row = db().get<Row>(`SELECT ${columns} FROM orders WHERE seq = ? AND channel = ?`, Number(seq), channel);
  return row && toOrder(row);
}
