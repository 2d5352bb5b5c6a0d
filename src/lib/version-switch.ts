// The Next.js version switch on quoted example files: which version a reader chose, remembered across pages.
// Framework-free so it is unit-tested without a browser; components/sandbox/version-switch.ts wires it to the page.

/** The two targets of every example, in the order readers see them: the .zip download's Next 16, the live sandbox's 15.4. */
export const nextTargets = ['next16', 'next15'] as const;
export type NextTarget = (typeof nextTargets)[number];

/** What the tabs say. */
export const targetLabels: Record<NextTarget, string> = { next15: 'Next 15 (sandbox)', next16: 'Next 16' };

/** localStorage key; the suffix changes if the stored shape ever does. */
export const storageKey = 'next-version-v1';

/** The version shown when the reader has not chosen: Next 16, what create-next-app gives a new reader. */
export const defaultTarget: NextTarget = 'next16';

/** The name of the document event that keeps every switch on a page on the same version. */
export const changeEvent = 'course:next-version';

const isTarget = (value: unknown): value is NextTarget => typeof value === 'string' && (nextTargets as readonly string[]).includes(value);

/** Reads a stored value defensively: anything but a known target (old shapes, junk, JSON) gives the default. */
export function parseTarget(raw: unknown): NextTarget {
  if (typeof raw !== 'string') return defaultTarget;
  const text = raw.trim();
  if (isTarget(text)) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    return isTarget(parsed) ? parsed : defaultTarget;
  } catch {
    return defaultTarget;
  }
}

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

/** The reader's stored choice; storage that is missing or throws (blocked, private mode) gives the default. */
export function loadTarget(storage: Reader | undefined): NextTarget {
  try {
    return parseTarget(storage?.getItem(storageKey));
  } catch {
    return defaultTarget;
  }
}

/** Stores the choice; returns false when storage refuses (the switch still works for this page). */
export function saveTarget(storage: Writer | undefined, target: NextTarget): boolean {
  if (!isTarget(target)) return false;
  try {
    if (!storage) return false;
    storage.setItem(storageKey, target);
    return true;
  } catch {
    return false;
  }
}

/** The tab a key moves to in a row of `count` tabs (wrapping arrows, Home, End), or undefined for other keys. */
export function tabForKey(key: string, current: number, count: number): number | undefined {
  if (count < 1) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return current >= last ? 0 : current + 1;
    case 'ArrowLeft':
      return current <= 0 ? last : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** Whether a quoted file needs the switch: it exists in both targets with different text. */
export function differsBetweenTargets(next15: string | undefined, next16: string | undefined): boolean {
  return next15 !== undefined && next16 !== undefined && next15 !== next16;
}

/** The one-line note under a switch: which version the live sandbox runs, and which the download. */
export function sandboxNote(sandboxVersion: string, downloadVersion: string): string {
  return `The live sandbox runs the Next 15 version (Next.js ${sandboxVersion}, the newest line StackBlitz can run); the .zip download runs Next.js ${downloadVersion}.`;
}

/**
 * Pairs the lines the two versions share (a longest common subsequence), as 1-based [line in a, line in b].
 * Quoted files are short (a few hundred lines), so the quadratic table is fine at build time.
 */
export function commonLines(a: string[], b: string[]): Array<[number, number]> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pairs.push([i + 1, j + 1]);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The range of version b that corresponds to lines start–end of version a: from just after the last shared line
 * before the range to just before the first shared line after it, so lines added or changed inside (or at the
 * edges of) the range are quoted too. Lessons write one `lines` range, against the sandbox version.
 */
export function mapLineRange(a: string[], b: string[], start: number, end: number): { start: number; end: number } {
  const pairs = commonLines(a, b);
  const before = pairs.filter(([x]) => x < start).at(-1);
  const after = pairs.find(([x]) => x > end);
  const mappedStart = before ? before[1] + 1 : 1;
  const mappedEnd = after ? after[1] - 1 : b.length;
  // A range removed entirely in b still quotes one line of it, where the range was.
  const first = Math.min(Math.max(mappedStart, 1), b.length);
  return { start: first, end: Math.min(Math.max(mappedEnd, first), b.length) };
}

/**
 * Moves a highlight spec ("2,5-6", relative to the quoted range of version a) onto the quoted range of version b.
 * Lines that exist only in version a are dropped; undefined when nothing is left.
 */
export function mapHighlight(
  spec: string | undefined,
  a: string[],
  b: string[],
  rangeA: { start: number; end: number },
  rangeB: { start: number; end: number },
): string | undefined {
  if (!spec) return undefined;
  const lines = spec.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to)) return [];
    return Array.from({ length: Math.max(0, to! - from! + 1) }, (_, k) => from! + k);
  });
  const toB = new Map(commonLines(a, b));
  const mapped = lines
    .map((line) => toB.get(rangeA.start + line - 1))
    .filter((line): line is number => line !== undefined && line >= rangeB.start && line <= rangeB.end)
    .map((line) => line - rangeB.start + 1);
  return mapped.length ? [...new Set(mapped)].join(',') : undefined;
}
