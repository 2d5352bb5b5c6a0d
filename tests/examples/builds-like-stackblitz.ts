// Shared check: the example was built with WebAssembly SWC under a simulated WebContainer.
import { expect, test } from './fixture';

export function stackblitzBuildTest() {
  test('the app builds the way StackBlitz builds it: WebAssembly SWC, no network', async ({ app }) => {
    test.skip(app.wasmBuildLog === '(reused build)', 'REUSE_EXAMPLE_BUILDS=1 skipped the builds');
    expect(app.wasmBuildLog).toContain('[webcontainer] SWC WebAssembly bindings loaded from');
    expect(app.wasmBuildLog).toMatch(/Compiled successfully/);
    expect(app.wasmBuildLog).not.toMatch(/Downloading swc package/);
  });
}
