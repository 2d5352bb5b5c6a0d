// Who may start a generation now, and the counters behind GET /api/generations. Each running generation holds a
// slot: a timer and memory on the server (with a real model, a paid request to it) until it ends.

/** Streams one client may have open at once. */
export const maxOpenPerClient = 3;
/** Streams open at once in all. */
export const maxOpenInAll = 20;
/**
 * The last slots go only to a client that has nothing running. Without them, seven addresses holding three streams
 * each fill all twenty, and everyone else is turned away.
 */
export const keptForNewClients = 5;

export interface GenerationStats {
  /** Generations running now. */
  active: number;
  started: number;
  /** Ended because every token was sent. */
  completed: number;
  /** Ended early: the reader cancelled the stream, stopped reading, or it ran too long. */
  stopped: number;
  /** Tokens produced since the server started: it stops growing when nothing runs. */
  tokens: number;
}

const state = ((globalThis as { __generations?: { stats: GenerationStats; open: Map<string, number> } }).__generations ??= {
  stats: { active: 0, started: 0, completed: 0, stopped: 0, tokens: 0 },
  open: new Map(),
});

export const generationStats = (): GenerationStats => ({ ...state.stats });

export const countToken = () => void state.stats.tokens++;

export type Slot =
  | { ok: true; release: (how: 'completed' | 'stopped') => void }
  | { ok: false; code: 'too_many_streams' | 'server_busy'; message: string };

/** A slot for `client`, or why there is none. `release` gives it back; calling it again does nothing. */
export function takeSlot(client: string): Slot {
  const open = state.open.get(client) ?? 0;
  if (open >= maxOpenPerClient) {
    return { ok: false, code: 'too_many_streams', message: `At most ${maxOpenPerClient} summaries at a time. Stop one first.` };
  }
  const room = open === 0 ? maxOpenInAll : maxOpenInAll - keptForNewClients;
  if (state.stats.active >= room) return { ok: false, code: 'server_busy', message: 'Too many summaries are running. Try again in a few seconds.' };
  state.open.set(client, open + 1);
  state.stats.active++;
  state.stats.started++;
  let released = false;
  return {
    ok: true,
    release(how) {
      if (released) return;
      released = true;
      state.stats.active--;
      state.stats[how]++;
      const left = (state.open.get(client) ?? 1) - 1;
      if (left > 0) state.open.set(client, left);
      else state.open.delete(client);
    },
  };
}
