import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthoringError } from '~/lib/props';
import { exampleHash, headerValue, readWire, sealOf, wireProblem, type WireCapture, type WireExchange } from '~/lib/wire';

const examples = resolve(import.meta.dirname, '../../examples');
const paired = readdirSync(examples).filter((id) => existsSync(join(examples, id, 'sandbox.json')));

describe.each(paired)('the wire capture of %s', (id) => {
  const capture = readWire(id);

  it('exists: record it with `npm run capture:wire -- <id>`', () => {
    expect(capture, `content/wire/${id}.json is missing; run npm run capture:wire -- ${id}`).toBeDefined();
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
    mkdirSync(wireRoot);
    writeFileSync(join(exampleRoot, 'demo/app/page.tsx'), 'export default function Page() { return null; }\n');
    const exchange: WireExchange = {
      what: 'Press the button.',
      request: { method: 'POST', path: '/api/x', headers: [['content-type', 'application/json']], body: { text: '{}', bytes: 2 } },
      response: { status: 200, statusText: 'OK', headers: [], body: { text: '{"ok":true}', bytes: 11 } },
    };
    const unsealed = { example: 'demo', nextVersion: '15.4.11', exampleHash: exampleHash('demo', exampleRoot), sides: { serverAction: exchange, routeHandler: exchange } };
    const capture: WireCapture = { ...unsealed, seal: sealOf(unsealed) };
    const save = (c: unknown) => writeFileSync(join(wireRoot, 'demo.json'), JSON.stringify(c, null, 2));
    save(capture);
    return { exampleRoot, wireRoot, capture, save };
  }

  it('is accepted when it matches its example and its seal', () => {
    const { exampleRoot, wireRoot } = setUp();
    expect(wireProblem(readWire('demo', wireRoot)!, exampleRoot)).toBeUndefined();
  });

  it('is stale once a file of the example changes, and says how to regenerate it', () => {
    const { exampleRoot, wireRoot } = setUp();
    writeFileSync(join(exampleRoot, 'demo/app/page.tsx'), 'export default function Page() { return <p>changed</p>; }\n');
    expect(wireProblem(readWire('demo', wireRoot)!, exampleRoot)).toMatch(/content\/wire\/demo\.json is stale: examples\/demo\/ changed.*npm run capture:wire -- demo/);
  });

  it('is stale once a file is added to the example', () => {
    const { exampleRoot, wireRoot } = setUp();
    cpSync(join(exampleRoot, 'demo/app/page.tsx'), join(exampleRoot, 'demo/app/other.tsx'));
    expect(wireProblem(readWire('demo', wireRoot)!, exampleRoot)).toMatch(/is stale/);
  });

  it('counts as edited by hand when its content no longer matches its seal', () => {
    const { exampleRoot, wireRoot, capture, save } = setUp();
    save({ ...capture, sides: { ...capture.sides, routeHandler: { ...capture.sides.routeHandler, response: { ...capture.sides.routeHandler.response, status: 201 } } } });
    expect(wireProblem(readWire('demo', wireRoot)!, exampleRoot)).toMatch(/edited by hand/);
  });

  it('does not depend on key order: reformatting the file keeps the seal', () => {
    const { exampleRoot, wireRoot, capture, save } = setUp();
    const { seal, sides, ...rest } = capture;
    save({ seal, sides, ...rest });
    expect(wireProblem(readWire('demo', wireRoot)!, exampleRoot)).toBeUndefined();
  });

  it('with a broken shape fails with an error naming the file and the command that regenerates it', () => {
    const { wireRoot, capture, save } = setUp();
    save({ ...capture, sides: { serverAction: capture.sides.serverAction } });
    expect(() => readWire('demo', wireRoot)).toThrow(AuthoringError);
    expect(() => readWire('demo', wireRoot)).toThrow(/content\/wire\/demo\.json: sides\.routeHandler .*npm run capture:wire -- demo/);
    writeFileSync(join(wireRoot, 'demo.json'), '{ not json');
    expect(() => readWire('demo', wireRoot)).toThrow(/content\/wire\/demo\.json is not valid JSON/);
  });
});
