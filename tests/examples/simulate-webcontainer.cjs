// Preloaded with `node --require` (and NODE_OPTIONS, so Next's worker processes get it too) to build an
// example the way StackBlitz does: Next sees a WebContainer, native SWC cannot load, and it must use the
// WebAssembly bindings that the example's install step put in node_modules/next/wasm.
const Module = require('node:module');

Object.defineProperty(process.versions, 'webcontainer', { value: 'simulated', enumerable: true });

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (/^@next\/swc-(?!wasm)/.test(request)) {
    const error = new Error(`Cannot find module '${request}': native SWC does not load in a WebContainer`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  const file = resolve.call(this, request, ...rest);
  if (/swc-wasm-nodejs[\\/]wasm\.js$/.test(file) && !process.env.__SWC_WASM_SEEN) {
    process.env.__SWC_WASM_SEEN = '1';
    process.stderr.write(`[webcontainer] SWC WebAssembly bindings loaded from ${file}\n`);
  }
  return file;
};
