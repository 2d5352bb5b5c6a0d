// Stock and reservations, shared by the product page (Server Action) and the partner API (Route Handler).
import { z } from 'zod';

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

export type ReserveResult =
  | { ok: true; reservation: Reservation; remaining: number }
  | { ok: false; code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { ok: false; code: 'not_found' | 'out_of_stock'; message: string };

interface InventoryState {
  products: Map<string, Product>;
  reservations: Reservation[];
  locks: Map<string, Promise<unknown>>;
}

const state: InventoryState = ((globalThis as { __inventory?: InventoryState }).__inventory ??= {
  products: new Map(
    [
      { id: 'lamp', name: 'Desk lamp', stock: 10 },
      { id: 'desk', name: 'Standing desk', stock: 10 },
      { id: 'chair', name: 'Office chair', stock: 3 },
    ].map((p) => [p.id, p]),
  ),
  reservations: [],
  locks: new Map(),
});

export function listProducts(): Product[] {
  return [...state.products.values()].map((p) => ({ ...p }));
}

// Stands in for the database round trips between reading stock and writing it. Without the lock below,
// two requests could both read "1 left" during this pause and both reserve it.
const databaseLatency = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Runs `work` for one product at a time, in arrival order: the check and the update cannot interleave. */
function withProductLock<T>(productId: string, work: () => Promise<T>): Promise<T> {
  const previous = state.locks.get(productId) ?? Promise.resolve();
  const next = previous.then(work, work);
  state.locks.set(productId, next.catch(() => undefined));
  return next;
}

export async function reserve(input: unknown, channel: string): Promise<ReserveResult> {
  const parsed = reservationInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { productId, quantity, customer } = parsed.data;
  if (!state.products.has(productId)) return { ok: false, code: 'not_found', message: `No product with id ${productId}.` };

  return withProductLock(productId, async () => {
    await databaseLatency(); // read
    const product = state.products.get(productId)!;
    if (product.stock < quantity) {
      return { ok: false, code: 'out_of_stock', message: `Only ${product.stock} ${product.name} left.` } as const;
    }
    await databaseLatency(); // write
    product.stock -= quantity;
    const reservation = { id: `res_${state.reservations.length + 1}`, productId, quantity, customer, channel };
    state.reservations.push(reservation);
    return { ok: true, reservation, remaining: product.stock } as const;
  });
}
