import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthoringError } from '~/lib/props';
import { versions } from '~/lib/versions';
import { exampleHash, headerValue, readWire, sealOf, wireProblem, wireTargets, type WireCapture, type WireExchange } from '~/lib/wire';

const examples = resolve(import.meta.dirname, '../../examples');
const paired = readdirSync(examples).filter((id) => existsSync(join(examples, id, 'sandbox.json')));

const cases = paired.flatMap((id) => wireTargets.map((target) => [id, target] as const));

describe.each(cases)('the wire capture of %s on %s', (id, target) => {
  const capture = readWire(id, target);

  it('exists: record it with `npm run capture:wire -- <id>`', () => {
    expect(capture, `content/wire/${target}/${id}.json is missing; run npm run capture:wire -- ${id}`).toBeDefined();
  });

  it('was recorded on the Next.js version that target pins', () => {
    expect(capture!.nextVersion).toBe(target === 'next16' ? versions.pins.next16 : versions.pins.next15);
  });

  it('is current and untouched: the example has not changed since, and nobody edited the file', () => {
    expect(wireProblem(capture!)).toBeUndefined();
  });

  it('shows a Server Action call on one side and a Route Handler call on the other', () => {
    const { serverAction, routeHandler } = capture!.sides;
    expect(serverAction.request.method).toBe('POST');
    expect(headerValue(serverAction.request.headers, 'next-action')).toMatch(/^[0-9a-f]{40,}$/);
    expect(headerValue(routeHandler.request.headers, 'next-action')).toBeUndefined();
    expect(routeHandler.request.path).toMatch(/^\/api\//);
  });
});

describe('a wire capture', () => {
  let dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });

  /** A tiny example and a sealed capture of it, in temporary folders. */
  function setUp() {
    const base = mkdtempSync(join(tmpdir(), 'wire-'));
    dirs.push(base);
    const exampleRoot = join(base, 'examples');
    const wireRoot = join(base, 'wire');
    mkdirSync(join(exampleRoot, 'demo/app'), { recursive: true });
    mkdirSync(join(wireRoot, 'next15'), { recursive: true });
    writeFileSync(join(exampleRoot, 'demo/app/page.tsx'), 'export default function Page() { return null; }\n');
    const exchange: WireExchange = {
      what: 'Press the button.',
      request: { method: 'POST', path: '/api/x', headers: [['content-type', 'application/json']], body: { text: '{}', bytes: 2 } },
      response: { status: 200, statusText: 'OK', headers: [], body: { text: '{"ok":true}', bytes: 11 } },
    };
    const unsealed = { example: 'demo', target: 'next15' as const, nextVersion: '15.4.11', exampleHash: exampleHash('demo', 'next15', exampleRoot), sides: { serverAction: exchange, routeHandler: exchange } };
    const capture: WireCapture = { ...unsealed, seal: sealOf(unsealed) };
    const save = (c: unknown) => writeFileSync(join(wireRoot, 'next15/demo.json'), JSON.stringify(c, null, 2));
    save(capture);
    return { exampleRoot, wireRoot, capture, save };
  }

  it('is accepted when it matches its example and its seal', () => {
    const { exampleRoot, wireRoot } = setUp();
    expect(wireProblem(readWire('demo', 'next15', wireRoot)!, exampleRoot)).toBeUndefined();
  });

  it('is stale once a file of the example changes, and says how to regenerate it', () => {
    const { exampleRoot, wireRoot } = setUp();
    writeFileSync(join(exampleRoot, 'demo/app/page.tsx'), 'export default function Page() { return <p>changed</p>; }\n');
    expect(wireProblem(readWire('demo', 'next15', wireRoot)!, exampleRoot)).toMatch(/content\/wire\/next15\/demo\.json is stale: examples\/demo\/ changed.*npm run capture:wire -- demo/);
  });

  it('is stale once a file is added to the example', () => {
    const { exampleRoot, wireRoot } = setUp();
    cpSync(join(exampleRoot, 'demo/app/page.tsx'), join(exampleRoot, 'demo/app/other.tsx'));
    expect(wireProblem(readWire('demo', 'next15', wireRoot)!, exampleRoot)).toMatch(/is stale/);
  });

  it('counts as edited by hand when its content no longer matches its seal', () => {
    const { exampleRoot, wireRoot, capture, save } = setUp();
    save({ ...capture, sides: { ...capture.sides, routeHandler: { ...capture.sides.routeHandler, response: { ...capture.sides.routeHandler.response, status: 201 } } } });
    expect(wireProblem(readWire('demo', 'next15', wireRoot)!, exampleRoot)).toMatch(/edited by hand/);
  });

  it('on Next 16 is stale once the Next 16 overlay changes, though the sandbox files did not', () => {
    const { exampleRoot, wireRoot } = setUp();
    writeFileSync(join(exampleRoot, 'demo/package.json'), JSON.stringify({ scripts: { dev: 'node use-wasm-swc.mjs && next dev' }, dependencies: { next: '15.4.11' } }));
    writeFileSync(join(exampleRoot, 'demo/tsconfig.json'), JSON.stringify({ compilerOptions: {}, include: ['**/*.tsx'] }));
    writeFileSync(join(exampleRoot, 'demo/sandbox.json'), JSON.stringify({ title: 'Demo' }));
    mkdirSync(join(wireRoot, 'next16'));
    const exchange = readWire('demo', 'next15', wireRoot)!.sides.serverAction;
    const unsealed = { example: 'demo', target: 'next16' as const, nextVersion: '16.5.0', exampleHash: exampleHash('demo', 'next16', exampleRoot), sides: { serverAction: exchange, routeHandler: exchange } };
    writeFileSync(join(wireRoot, 'next16/demo.json'), JSON.stringify({ ...unsealed, seal: sealOf(unsealed) }));
    expect(wireProblem(readWire('demo', 'next16', wireRoot)!, exampleRoot)).toBeUndefined();
    mkdirSync(join(exampleRoot, 'demo/next16/app'), { recursive: true });
    writeFileSync(join(exampleRoot, 'demo/next16/app/page.tsx'), 'export default function Page() { return <p>16</p>; }\n');
    expect(wireProblem(readWire('demo', 'next16', wireRoot)!, exampleRoot)).toMatch(/content\/wire\/next16\/demo\.json is stale: examples\/demo\/ \(or its next16\/ overlay, or the Next 16 pin\)/);
  });

  it('does not depend on key order: reformatting the file keeps the seal', () => {
    const { exampleRoot, wireRoot, capture, save } = setUp();
    const { seal, sides, ...rest } = capture;
    save({ seal, sides, ...rest });
    expect(wireProblem(readWire('demo', 'next15', wireRoot)!, exampleRoot)).toBeUndefined();
  });

  it('with a broken shape fails with an error naming the file and the command that regenerates it', () => {
    const { wireRoot, capture, save } = setUp();
    save({ ...capture, sides: { serverAction: capture.sides.serverAction } });
    expect(() => readWire('demo', 'next15', wireRoot)).toThrow(AuthoringError);
    expect(() => readWire('demo', 'next15', wireRoot)).toThrow(/content\/wire\/next15\/demo\.json: sides\.routeHandler .*npm run capture:wire -- demo/);
    writeFileSync(join(wireRoot, 'next15/demo.json'), '{ not json');
    expect(() => readWire('demo', 'next15', wireRoot)).toThrow(/content\/wire\/next15\/demo\.json is not valid JSON/);
  });
});
