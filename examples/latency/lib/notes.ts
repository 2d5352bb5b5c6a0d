// Shared by both sides: a validated write to an in-memory store, and a counter of requests in flight.
import { z } from 'zod';

export const noteInput = z.object({ text: z.string().trim().min(1, 'Write something.').max(280, 'At most 280 characters.') }).strict();

export type WriteResult = { ok: true; id: number } | { ok: false; message: string };

interface State {
  notes: { id: number; text: string }[];
  /** Ids come from a counter, not from the list's length: the list is capped, and ids must never repeat. */
  lastId: number;
  inFlight: number;
  maxInFlight: number;
}
const state: State = ((globalThis as { __latency?: State }).__latency ??= { notes: [], lastId: 0, inFlight: 0, maxInFlight: 0 });

export function writeNote(input: unknown): WriteResult {
  const parsed = noteInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const id = ++state.lastId;
  // Keep memory flat under load tests: only the latest notes are kept.
  state.notes.push({ id, ...parsed.data });
  if (state.notes.length > 50) state.notes.splice(0, state.notes.length - 50);
  return { ok: true, id };
}

export const latestNotes = () => state.notes.slice(-5).reverse();

/** Waits `ms` while counting how many calls are in progress at once: shows queuing versus parallelism. */
export async function slowCall(ms: number): Promise<number> {
  state.inFlight += 1;
  state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
  try {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return state.inFlight;
  } finally {
    state.inFlight -= 1;
  }
}

export const maxInFlight = () => state.maxInFlight;

export function resetMaxInFlight() {
  state.maxInFlight = 0;
}
