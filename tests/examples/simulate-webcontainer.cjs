// Preloaded with `node --require` (and NODE_OPTIONS, so Next's worker processes get it too) to build and run an
// example the way StackBlitz does: Next sees a WebContainer, native SWC cannot load, and it must use the
// WebAssembly bindings that the example's install step put in node_modules/next/wasm.
const Module = require('node:module');

Object.defineProperty(process.versions, 'webcontainer', { value: 'simulated', enumerable: true });

// Nothing shows that a WebContainer's Node has the built-in SQLite, so the sandbox target runs without it: the
// examples' lib/sqlite.ts must then open the database with its WebAssembly driver.
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'node:sqlite' || request === 'sqlite') {
    const error = new Error(`No such built-in module: ${request} (a simulated WebContainer has none)`);
    error.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw error;
  }
  return load.call(this, request, ...rest);
};

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
