// Wire captures: the real HTTP exchange each side of a paired example sends and gets back, recorded from the
// running app by `npm run capture:wire` (scripts/wire/capture.ts) on both targets: the sandbox on Next 15.4
// (content/wire/next15/<id>.json) and the Next 16 download (content/wire/next16/<id>.json).
// A capture carries a hash of that target's files (stale when the example, its Next 16 overlay or a pin changes) and a
// seal over its own content (broken when someone edits the file by hand). tests/unit/wire.test.ts checks both.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { examplesRoot, readExampleFiles } from './examples';
import { readNext16Files } from './next16';
import type { NextTarget } from './version-switch';
import { AuthoringError } from './props';

export const wireRoot = resolve(process.cwd(), 'content/wire');

export type WireSide = 'serverAction' | 'routeHandler';
export const wireSides: readonly WireSide[] = ['serverAction', 'routeHandler'];

/** Header lines in the order they were sent, names in lower case. */
export type WireHeaders = [name: string, value: string][];

export interface WireBody {
  /** The first bytes of the body as text (all of it when short). */
  text: string;
  /** The body's full length in bytes. */
  bytes: number;
}

export interface WireExchange {
  /** What the reader did to send it, in one sentence ("Submit the form with the title “Hello”"). */
  what: string;
  request: { method: string; path: string; headers: WireHeaders; body?: WireBody };
  response: { status: number; statusText: string; headers: WireHeaders; body?: WireBody };
}

export interface WireCapture {
  example: string;
  /** Which build was recorded: the sandbox's (Next 15.4) or the download's (Next 16). */
  target: NextTarget;
  /** The Next.js version of the app the capture was taken from. */
  nextVersion: string;
  /** sha256 over the example's files when it was captured (see exampleHash). */
  exampleHash: string;
  sides: Record<WireSide, WireExchange>;
  /** sha256 over everything above (see sealOf). */
  seal: string;
}

/** The targets a capture is recorded on. */
export const wireTargets: readonly NextTarget[] = ['next15', 'next16'];

/** A digest of every file of the example as the target builds it: paths and contents, in sorted path order. */
export function exampleHash(id: string, target: NextTarget, root = examplesRoot): string {
  const hash = createHash('sha256');
  const files = target === 'next16' ? readNext16Files(id, root) : readExampleFiles(id, root);
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\0`);
  return `sha256:${hash.digest('hex')}`;
}

/** JSON with object keys sorted, so the seal does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The seal of a capture: sha256 over its canonical JSON without the seal itself. */
export function sealOf(capture: Omit<WireCapture, 'seal'> & { seal?: string }): string {
  const { seal: _ignored, ...rest } = capture;
  return `sha256:${createHash('sha256').update(canonical(rest)).digest('hex')}`;
}

export const wirePath = (id: string, target: NextTarget, root = wireRoot) => join(root, target, `${id}.json`);
const shown = (id: string, target: NextTarget) => `content/wire/${target}/${id}.json`;

const isHeaders = (v: unknown): v is WireHeaders =>
  Array.isArray(v) && v.every((h) => Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string');
const isBody = (v: unknown): v is WireBody | undefined =>
  v === undefined || (typeof v === 'object' && v !== null && typeof (v as WireBody).text === 'string' && Number.isInteger((v as WireBody).bytes));

function assertExchange(id: string, target: NextTarget, side: WireSide, value: unknown): asserts value is WireExchange {
  const e = value as WireExchange;
  const ok =
    typeof e === 'object' &&
    e !== null &&
    typeof e.what === 'string' &&
    typeof e.request?.method === 'string' &&
    typeof e.request.path === 'string' &&
    isHeaders(e.request.headers) &&
    isBody(e.request.body) &&
    Number.isInteger(e.response?.status) &&
    typeof e.response.statusText === 'string' &&
    isHeaders(e.response.headers) &&
    isBody(e.response.body);
  if (!ok) {
    throw new AuthoringError(
      `${shown(id, target)}: sides.${side} is not a wire exchange ({ what, request: { method, path, headers, body? }, response: { status, statusText, headers, body? } }). ` +
        `Regenerate it with \`npm run capture:wire -- ${id}\` instead of editing it.`,
    );
  }
}

/** The stored capture of an example, checked for shape; undefined when the example has none yet. */
export function readWire(id: string, target: NextTarget, root = wireRoot): WireCapture | undefined {
  const path = wirePath(id, target, root);
  if (!existsSync(path)) return undefined;
  let data: WireCapture;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as WireCapture;
  } catch (error) {
    throw new AuthoringError(`${shown(id, target)} is not valid JSON (${(error as Error).message}). Regenerate it with \`npm run capture:wire -- ${id}\`.`);
  }
  if (data.example !== id || data.target !== target || typeof data.nextVersion !== 'string' || typeof data.exampleHash !== 'string' || typeof data.seal !== 'string') {
    throw new AuthoringError(`${shown(id, target)} must have example: "${id}", target: "${target}", nextVersion, exampleHash and seal. Regenerate it with \`npm run capture:wire -- ${id}\`.`);
  }
  for (const side of wireSides) assertExchange(id, target, side, data.sides?.[side]);
  return data;
}

/** Why a capture cannot be trusted any more, or undefined when it is current and untouched. */
export function wireProblem(capture: WireCapture, root = examplesRoot): string | undefined {
  const { example: id, target } = capture;
  if (sealOf(capture) !== capture.seal) {
    return `${shown(id, target)} was edited by hand (its seal does not match its content). Regenerate it with \`npm run capture:wire -- ${id}\`.`;
  }
  if (exampleHash(id, target, root) !== capture.exampleHash) {
    const what = target === 'next16' ? `examples/${id}/ (or its next16/ overlay, or the Next 16 pin)` : `examples/${id}/`;
    return `${shown(id, target)} is stale: ${what} changed since it was captured. Regenerate it with \`npm run capture:wire -- ${id}\`.`;
  }
  return undefined;
}

/** A header's value from a capture (names are stored in lower case). */
export const headerValue = (headers: WireHeaders, name: string) => headers.find(([n]) => n === name.toLowerCase())?.[1];
