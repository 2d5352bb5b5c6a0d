// A reader's edits to a live sandbox: what changed against the example, how it is stored in the browser, and
// how a stored value is read back (a stale, corrupt or foreign one is refused with a reason, never thrown).

export type Files = Record<string, string>;

/** The shape the StackBlitz SDK's `vm.applyFsDiff()` takes. */
export interface FsDiff {
  create: Files;
  destroy: string[];
}

export interface StoredEdits extends FsDiff {
  version: typeof editsVersion;
  example: string;
  /** ISO 8601 time of the save. */
  savedAt: string;
}

/** Bumped whenever StoredEdits changes shape, so an older value is recognised and ignored. */
export const editsVersion = 1;
/** Per example; localStorage holds about 5 MB per site, shared by every example. */
export const maxStoredBytes = 1_000_000;

export const editsKey = (example: string) => `sandbox-edits:${example}`;

// What installing and running the app writes; it is not the reader's work and can be megabytes.
const generatedDirs = new Set(['node_modules', '.next', '.turbo', '.npm', '.cache']);
const generatedFiles = new Set(['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lockb']);

export function isGenerated(path: string): boolean {
  const parts = path.split('/');
  return parts.some((p) => generatedDirs.has(p)) || generatedFiles.has(parts.at(-1)!) || path.endsWith('.tsbuildinfo');
}

/** A path that is safe to hand back to the sandbox: relative, no `..`, no empty segments. */
function isProjectPath(path: string): boolean {
  return path.length > 0 && path.length < 500 && !path.startsWith('/') && path.split('/').every((p) => p !== '' && p !== '.' && p !== '..');
}

/** The reader's project out of a snapshot: generated files dropped, paths relative. */
export function projectFiles(snapshot: Files): Files {
  const files: Files = {};
  for (const [path, text] of Object.entries(snapshot)) {
    const relative = path.replace(/^\/+/, '');
    if (typeof text === 'string' && !isGenerated(relative)) files[relative] = text;
  }
  return files;
}

// The project reaches StackBlitz as a form post, where browsers turn line breaks into CRLF: a file that differs
// only in that is not the reader's change.
const sameText = (a: string | undefined, b: string) => a !== undefined && (a === b || a.replaceAll('\r\n', '\n') === b.replaceAll('\r\n', '\n'));

/** What turns `from` into `to`: files added or changed, and files removed (generated files ignored on both sides). */
export function diffFiles(from: Files, to: Files): FsDiff {
  const target = projectFiles(to);
  // Sorted, so two diffs of the same project serialise alike.
  const create: Files = {};
  for (const path of Object.keys(target).sort()) if (!sameText(from[path], target[path]!)) create[path] = target[path]!;
  const destroy = Object.keys(projectFiles(from))
    .filter((path) => !(path in target))
    .sort();
  return { create, destroy };
}

export const isEmptyDiff = (diff: FsDiff) => Object.keys(diff.create).length === 0 && diff.destroy.length === 0;

/** `files` with `diff` applied. */
export function applyDiff(files: Files, diff: FsDiff): Files {
  const result = { ...files, ...diff.create };
  for (const path of diff.destroy) delete result[path];
  return result;
}

export type Serialised = { ok: true; text: string; bytes: number } | { ok: false; bytes: number };

/** The stored form of a diff, or `ok: false` with its size when it is over the cap. */
export function serialiseEdits(example: string, diff: FsDiff, savedAt: Date, cap = maxStoredBytes): Serialised {
  const stored: StoredEdits = { version: editsVersion, example, savedAt: savedAt.toISOString(), create: diff.create, destroy: diff.destroy };
  const text = JSON.stringify(stored);
  const bytes = new TextEncoder().encode(text).length;
  return bytes <= cap ? { ok: true, text, bytes } : { ok: false, bytes };
}

export type Parsed = { kind: 'none' } | { kind: 'edits'; edits: StoredEdits } | { kind: 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a stored value for `example`. Anything but a valid save of this version, for this example, is unreadable. */
export function parseStoredEdits(raw: string | null | undefined, example: string): Parsed {
  if (raw === null || raw === undefined) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON' };
  }
  if (!isRecord(value)) return { kind: 'unreadable', reason: 'it is not a saved set of changes' };
  if (value.version !== editsVersion) return { kind: 'unreadable', reason: `it was saved in another format (version ${JSON.stringify(value.version)})` };
  if (value.example !== example) return { kind: 'unreadable', reason: `it belongs to another example (${JSON.stringify(value.example)})` };
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return { kind: 'unreadable', reason: 'its date is missing' };
  const { create, destroy } = value;
  if (!isRecord(create) || !Object.entries(create).every(([path, text]) => isProjectPath(path) && typeof text === 'string')) {
    return { kind: 'unreadable', reason: 'its files are malformed' };
  }
  if (!Array.isArray(destroy) || !destroy.every((path) => typeof path === 'string' && isProjectPath(path))) {
    return { kind: 'unreadable', reason: 'its list of deleted files is malformed' };
  }
  return {
    kind: 'edits',
    edits: { version: editsVersion, example, savedAt: value.savedAt, create: create as Files, destroy: destroy as string[] },
  };
}

/** "1.2 MB" / "340 KB", for telling a reader how big their changes are. */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
