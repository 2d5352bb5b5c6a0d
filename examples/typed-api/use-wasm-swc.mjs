// StackBlitz runs Next.js in a WebContainer, where native SWC cannot load. There Next looks for WebAssembly
// bindings in node_modules/next/wasm/@next/swc-wasm-nodejs, and otherwise downloads the wasm build matching
// its own version, which was never published for the patched 15.4.8+ releases. So copy 15.4.7's in place.
// The dev script runs this itself (`node use-wasm-swc.mjs && next dev`): pre/post lifecycle scripts have not
// always run in WebContainers.
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
try {
  const from = dirname(require.resolve('@next/swc-wasm-nodejs/package.json'));
  const to = join(dirname(require.resolve('next/package.json')), 'wasm', '@next', 'swc-wasm-nodejs');
  if (!existsSync(join(to, 'package.json'))) cpSync(from, to, { recursive: true });
} catch (error) {
  if (process.versions.webcontainer) {
    // Without the bindings `next dev` would fail later with a download error that hides the cause: stop here.
    console.error(`use-wasm-swc: could not place the SWC WebAssembly bindings in node_modules/next/wasm (${error.message}). Next.js cannot compile in this WebContainer without them; reinstall dependencies (npm install) and run the dev script again.`);
    process.exit(1);
  }
  console.warn(`Could not place the SWC WebAssembly bindings (${error.message}); outside StackBlitz this is harmless.`);
}
