// StackBlitz runs Next.js in a WebContainer, where native SWC cannot load. There Next looks for WebAssembly
// bindings in node_modules/next/wasm/@next/swc-wasm-nodejs, and otherwise downloads the wasm build matching
// its own version, which was never published for the patched 15.4.8+ releases. So copy 15.4.7's in place.
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
try {
  const from = dirname(require.resolve('@next/swc-wasm-nodejs/package.json'));
  const to = join(dirname(require.resolve('next/package.json')), 'wasm', '@next', 'swc-wasm-nodejs');
  if (!existsSync(join(to, 'package.json'))) cpSync(from, to, { recursive: true });
} catch (error) {
  console.warn(`Could not place the SWC WebAssembly bindings (${error.message}); outside StackBlitz this is harmless.`);
}
