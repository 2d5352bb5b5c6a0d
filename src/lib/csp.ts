// The site's Content-Security-Policy: Astro hashes the scripts and styles it renders; these are the rest.
import { createHash } from 'node:crypto';

const stackblitz = 'https://stackblitz.com';

/**
 * The StackBlitz SDK embeds a project by writing a form and this one-line script into an about:blank iframe,
 * which inherits our policy. Its hash lets exactly that script run. The SDK's source names the form "sb_run".
 */
export const stackblitzSubmitScript = "document.getElementById('sb_run').submit();";
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

export const cspDirectives = [
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "img-src 'self' data:",
  "font-src 'self'",
  // "Run live" checks that StackBlitz is reachable before embedding it.
  `connect-src 'self' ${stackblitz}`,
  `frame-src ${stackblitz}`,
  // The embed and "Open in StackBlitz" both post the project to StackBlitz with a form.
  `form-action 'self' ${stackblitz}`,
  "worker-src 'self'",
] as const;

export const cspScriptResources = [
  "'self'",
  // Pagefind runs its search index as WebAssembly.
  "'wasm-unsafe-eval'",
];

export const cspScriptHashes = [sha256(stackblitzSubmitScript)];

export const cspStyleResources = [
  "'self'",
  // Shiki's <pre> elements and its few font-style tokens carry style attributes (token colours are classes:
  // code-token-classes.ts), which Astro's CSP cannot hash. This allows style *attributes* only (style-src-attr);
  // style elements and stylesheets stay limited to Astro's hashes and 'self'.
  { resource: "'unsafe-inline'", kind: 'attribute' as const },
];
