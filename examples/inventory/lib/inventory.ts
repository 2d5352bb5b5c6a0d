// Stock and reservations, shared by the product page (Server Action) and the partner API (Route Handler).
// The rule "never oversell" is kept by the database, so it holds across any number of server processes.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from './db';

export interface Product {
  id: string;
  name: string;
  stock: number;
}
export interface Reservation {
  id: string;
  productId: string;
  quantity: number;
  customer: string;
  channel: string;
  expiresAt: string;
  /** "held" until it expires; then "released", and its stock is back on the shelf. */
  status: 'held' | 'released';
}

export const reservationInput = z.strictObject({
  productId: z.string({ error: 'Choose a product.' }).min(1, 'Choose a product.'),
  // A JSON number, never coerced: true, [1] and "0x1" are not quantities. The form's text is parsed in the action.
  quantity: z
    .number({ error: 'Send the quantity as a number.' })
    .int('Reserve whole items.')
    .min(1, 'Reserve at least 1.')
    .max(5, 'Reserve at most 5 at a time.'),
  customer: z.string({ error: 'Give a customer name.' }).trim().min(2, 'Give a customer name.').max(80),
});

/** The quantity typed into the form: digits only, since Number() also reads "0x1", "1e0" and " 1". */
export const formQuantity = z
  .string({ error: 'Enter a whole number of items.' })
  .regex(/^[0-9]{1,3}$/, 'Enter a whole number of items.')
  .transform(Number);

/** What a client sends to make a retry safe: letters, digits, - and _, as a UUID has. */
export const idempotencyKey = z
  .string()
  // The IETF draft sends the header as a quoted string ("8e03…"); many clients send it bare. Both name one key.
  .transform((value) => value.replace(/^"(.*)"$/, '$1'))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Send an Idempotency-Key of 8 to 64 letters, digits, - or _.'));

export type ReserveResult =
  | { ok: true; reservation: Reservation; remaining: number; replayed: boolean }
  | { ok: false; code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; code: 'not_found' | 'idempotency_key_reused'; message: string }
  | { ok: false; code: 'out_of_stock'; message: string; available: number }
  | { ok: false; code: 'hold_limit'; message: string; held: number };

/** How many items of one product one customer may hold at once, so that a few calls cannot empty the shelf. */
export const maxHeldPerCustomer = 5;

/** How long a reservation holds stock before it is released (a checkout would turn it into an order first). */
const holdSeconds = () => Number(process.env.RESERVATION_HOLD_SECONDS) || 15 * 60;

/** Puts the stock of expired reservations back for good. Runs inside the caller's transaction. */
function releaseExpired(now: string) {
  const expired = db().all<{ product_id: string; quantity: number }>(
    'UPDATE reservations SET released_at = ? WHERE released_at IS NULL AND expires_at <= ? RETURNING product_id, quantity',
    now,
    now,
  );
  for (const { product_id, quantity } of expired) {
    db().run('UPDATE products SET stock = stock + ? WHERE id = ?', quantity, product_id);
  }
}

/** The products, counting the stock of expired holds as back on the shelf. A read: it changes nothing. */
export function listProducts(): Product[] {
  return db().all<Product>(
    `SELECT p.id, p.name, p.stock + coalesce((
       SELECT sum(r.quantity) FROM reservations r
       WHERE r.product_id = p.id AND r.released_at IS NULL AND r.expires_at <= ?
     ), 0) AS stock
     FROM products p ORDER BY p.position`,
    new Date().toISOString(),
  );
}

interface ReservationRow {
  id: string;
  product_id: string;
  quantity: number;
  customer: string;
  channel: string;
  expires_at: string;
  released_at: string | null;
  request_hash: string | null;
}
const toReservation = (r: ReservationRow): Reservation => ({
  id: r.id,
  productId: r.product_id,
  quantity: r.quantity,
  customer: r.customer,
  channel: r.channel,
  expiresAt: r.expires_at,
  status: r.released_at !== null || r.expires_at <= new Date().toISOString() ? 'released' : 'held',
});
const stockOf = (productId: string) => db().get<{ stock: number }>('SELECT stock FROM products WHERE id = ?', productId)?.stock ?? 0;

/** Thrown inside the transaction to roll it back, with the answer to give instead. */
class Refused extends Error {
  constructor(readonly result: ReserveResult) {
    super('refused');
  }
}

/**
 * Reserves stock. With an idempotency key, a retry of the same request returns the first result and reserves
 * nothing more; the same key with another request is refused.
 */
export function reserve(input: unknown, channel: string, { key, holder }: { key?: string; holder?: string } = {}): ReserveResult {
  const parsed = reservationInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { productId, quantity, customer } = parsed.data;
  // Whose allowance the hold counts against: the caller's own id for the holder when it has one (the product page's
  // browser), else the customer's name folded to one case. Per channel, so a partner's "Ada" is not the web's.
  const customerKey = `${channel}:${holder ?? customer.normalize('NFKC').toLowerCase()}`;
  const requestHash = createHash('sha256').update(JSON.stringify([productId, quantity, customer])).digest('hex');
  const earlier = (): ReserveResult | undefined => {
    const row = key ? db().get<ReservationRow>('SELECT * FROM reservations WHERE channel = ? AND idempotency_key = ?', channel, key) : undefined;
    if (!row) return undefined;
    if (row.request_hash !== requestHash) {
      return { ok: false, code: 'idempotency_key_reused', message: 'This Idempotency-Key was already used for a different reservation.' };
    }
    return { ok: true, reservation: toReservation(row), remaining: stockOf(row.product_id), replayed: true };
  };

  try {
    return db().transaction((): ReserveResult => {
      const now = new Date();
      releaseExpired(now.toISOString());
      // The reservation row first: it claims the key. A second request with the same key (from this process or
      // another) inserts nothing and gets the first answer. On Postgres it waits here until the first commits.
      const reservation = db().get<ReservationRow>(
        `INSERT INTO reservations (id, product_id, quantity, customer, customer_key, channel, expires_at, idempotency_key, request_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (channel, idempotency_key) DO NOTHING
         RETURNING *`,
        `res_${randomUUID()}`,
        productId,
        quantity,
        customer,
        customerKey,
        channel,
        new Date(now.getTime() + holdSeconds() * 1000).toISOString(),
        key ?? null,
        key ? requestHash : null,
      );
      if (!reservation) throw new Refused(earlier()!);
      // What this customer now holds of the product, this reservation included. SQLite runs one writing transaction
      // at a time (lib/sqlite.ts begins IMMEDIATE), so two requests cannot both count before either inserts. On
      // Postgres, lock the customer first (pg_advisory_xact_lock on the key) or run at SERIALIZABLE.
      const { held } = db().get<{ held: number }>(
        `SELECT coalesce(sum(quantity), 0) AS held FROM reservations
         WHERE customer_key = ? AND product_id = ? AND released_at IS NULL AND expires_at > ?`,
        customerKey,
        productId,
        now.toISOString(),
      )!;
      if (held > maxHeldPerCustomer) {
        const before = held - quantity;
        throw new Refused({ ok: false, code: 'hold_limit', message: `One customer may hold at most ${maxHeldPerCustomer} of a product at a time; ${customer} holds ${before}.`, held: before });
      }
      // The check and the write are one statement: the row changes only while enough stock is left, however many
      // requests or processes run it at the same time.
      const updated = db().get<{ stock: number }>(
        'UPDATE products SET stock = stock - ? WHERE id = ? AND stock >= ? RETURNING stock',
        quantity,
        productId,
        quantity,
      );
      if (!updated) {
        const product = db().get<Product>('SELECT id, name, stock FROM products WHERE id = ?', productId);
        if (!product) throw new Refused({ ok: false, code: 'not_found', message: `No product with id ${productId}.` });
        throw new Refused({ ok: false, code: 'out_of_stock', message: `Only ${product.stock} ${product.name} left.`, available: product.stock });
      }
      return { ok: true, reservation: toReservation(reservation), remaining: updated.stock, replayed: false };
    });
  } catch (error) {
    // Throwing rolled the transaction back: a refused reservation leaves no row and takes no stock.
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
