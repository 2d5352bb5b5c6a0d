// Which side of a paired example a narrow pair shows as its open tab: the reader's last choice, remembered across
// pages and followed by every pair. Framework-free so it is unit-tested without a browser. The head script in
// Base.astro reads the same key before first paint and sets <html data-pair-side>, which the pair's CSS follows.

/** The tabs of a pair, in the order they appear (a pair without shared code has no "shared"). */
export const pairSides = ['action', 'handler', 'shared'] as const;
export type PairSide = (typeof pairSides)[number];

/** localStorage key; the suffix changes if the stored shape ever does. */
export const pairSideKey = 'pair-side-v1';

/** The document event that keeps every pair on a page on the same side. */
export const pairSideEvent = 'course:pair-side';

const isSide = (value: unknown): value is PairSide => typeof value === 'string' && (pairSides as readonly string[]).includes(value);

/** A stored or sent value: anything but a known side (old shapes, junk) gives the first side, the Server Action. */
export function parseSide(raw: unknown): PairSide {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  return isSide(text) ? text : 'action';
}

/** The reader's stored choice; storage that is missing or throws (blocked, private mode) gives the first side. */
export function loadSide(storage: Pick<Storage, 'getItem'> | undefined): PairSide {
  try {
    return parseSide(storage?.getItem(pairSideKey));
  } catch {
    return 'action';
  }
}

/** Stores the choice; returns false when storage refuses (the pairs on this page still follow it). */
export function saveSide(storage: Pick<Storage, 'setItem'> | undefined, side: PairSide): boolean {
  try {
    if (!storage) return false;
    storage.setItem(pairSideKey, side);
    return true;
  } catch {
    return false;
  }
}

/** The side a pair shows for a choice: the chosen one where the pair has it, otherwise its first. */
export function shownSide(chosen: PairSide, available: readonly PairSide[]): PairSide {
  return available.includes(chosen) ? chosen : (available[0] ?? 'action');
}
