// Writes dist/_headers (the format Netlify and Cloudflare Pages read) so the site deploys as plain files with
// the same CSP as its <meta> tags, plus what only a header can do (frame-ancestors) and cross-origin isolation.
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, cspScriptHashes, cspScriptResources } from './csp';
import { htmlFiles } from './link-check';

/** Every hash Astro put in a page's CSP meta tag, per directive, across the whole site. */
export function collectHashes(dist: string): { script: Set<string>; style: Set<string> } {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const file of htmlFiles(dist)) {
    const meta = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
    for (const directive of meta.split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      const target = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : undefined;
      for (const v of values) if (target && /^'sha(256|384|512)-/.test(v)) target.add(v);
    }
  }
  return hashes;
}

export function headersFile(dist: string): string {
  const { script, style } = collectHashes(dist);
  const csp = [
    ...cspDirectives,
    `script-src ${[...cspScriptResources, ...cspScriptHashes.map((h) => `'${h}'`), ...script].join(' ')}`,
    `style-src 'self' ${[...style].join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
  // Pages that can embed a live sandbox are cross-origin isolated; the SDK's crossOriginIsolated option asks
  // StackBlitz for the matching policy on its side. credentialless keeps same-origin assets working as before.
  const isolated = ['  Cross-Origin-Opener-Policy: same-origin', '  Cross-Origin-Embedder-Policy: credentialless'].join('\n');
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    '/lessons/*',
    isolated,
    '',
    '/examples/*',
    isolated,
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export function staticHeaders(): AstroIntegration {
  return {
    name: 'course:static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist));
        logger.info('Wrote _headers (CSP, cross-origin isolation for sandbox pages, caching).');
      },
    },
  };
}
