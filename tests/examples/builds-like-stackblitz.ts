// Shared check of how the example was built: the sandbox target under a simulated WebContainer (WebAssembly SWC,
// no network), the download target as a reader builds the .zip (pinned Next 16, no WebAssembly step); and the
// headers its configuration (next.config.ts) adds to every production answer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { next16Version } from '../../src/lib/next16';
import { expect, test } from './fixture';

export function stackblitzBuildTest() {
  test('the app builds the way StackBlitz builds it: WebAssembly SWC, no network', async ({ app }) => {
    test.skip(app.target === 'download', 'the .zip download is built by the next test');
    test.skip(app.wasmBuildLog === '(reused build)', 'REUSE_EXAMPLE_BUILDS=1 skipped the builds');
    expect(app.wasmBuildLog).toContain('[webcontainer] SWC WebAssembly bindings loaded from');
    expect(app.wasmBuildLog).toMatch(/Compiled successfully/);
    expect(app.wasmBuildLog).not.toMatch(/Downloading swc package/);
  });

  test('the downloaded .zip installs and builds on the pinned Next.js 16, without the WebAssembly step', async ({ app }) => {
    test.skip(app.target !== 'download', 'only the download runs Next 16');
    expect(app.nextVersion).toBe(next16Version);
    const pkg = JSON.parse(readFileSync(join(app.dir, 'package.json'), 'utf8'));
    expect(pkg.dependencies.next).toBe(next16Version);
    expect(pkg.dependencies['@next/swc-wasm-nodejs']).toBeUndefined();
    expect(pkg.scripts.dev).toBe('next dev');
    expect(existsSync(join(app.dir, 'use-wasm-swc.mjs'))).toBe(false);
    expect(existsSync(join(app.dir, '.next/BUILD_ID'))).toBe(true);
  });

  test('a scanner gets no framework name, and no other site can frame a page or make a browser sniff a type', async ({ request }) => {
    for (const path of ['/', '/no-such-page']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-powered-by'], path).toBeUndefined();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });
}
