// Writes dist/_headers (the format Netlify and Cloudflare Pages read) so the site deploys as plain files with
// the same CSP as its <meta> tags, plus what only a header can do (frame-ancestors) and cross-origin isolation.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, cspScriptHashes, cspScriptResources } from './csp';
import { assertHeaderLines, formatHeaders, headerLineCap, headersFor, type HeaderRule } from './headers-file.mjs';
import { htmlFiles } from './link-check';

/**
 * Every hash a page's scripts and styles need, per directive, across the whole site: those Astro put in the CSP
 * meta tag, plus inline scripts placed *before* that tag (the theme script in <head>). A meta policy only governs
 * what follows it, so Astro leaves those out, but a header policy governs the whole page.
 */
export function collectHashes(dist: string): { script: Set<string>; style: Set<string> } {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const metaTag = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
    for (const directive of (metaTag?.[1] ?? '').split(';')) {
      const [name, ...values] = directive.trim().split(/\s+/);
      const target = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : undefined;
      for (const v of values) if (target && /^'sha(256|384|512)-/.test(v)) target.add(v);
    }
    const beforeMeta = metaTag?.index === undefined ? '' : html.slice(0, metaTag.index);
    for (const [, attributes, body] of beforeMeta.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) continue;
      hashes.script.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
    }
  }
  return hashes;
}

/** The site's CSP as one header value: the fixed directives plus every hash Astro put in a page. */
export function headerCsp(dist: string): string {
  const { script, style } = collectHashes(dist);
  // A Set: a hash listed in csp.ts that Astro also emits must not take the capped line's room twice.
  const scriptSources = new Set([...cspScriptResources, ...cspScriptHashes.map((h) => `'${h}'`), ...script]);
  return [
    ...cspDirectives,
    `script-src ${[...scriptSources].join(' ')}`,
    `style-src 'self' ${[...style].join(' ')}`,
    "style-src-attr 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Which headers each path gets. The one source of truth: the build writes it to `_headers`, and the dev and
 * preview servers send it (`csp` undefined in dev, where Astro adds no CSP and Vite injects inline scripts).
 */
export function headerRules(csp: string | undefined): HeaderRule[] {
  // Pages that can embed a live sandbox are cross-origin isolated; the SDK's crossOriginIsolated option asks
  // StackBlitz for the matching policy on its side. credentialless keeps same-origin assets working as before.
  const isolated: HeaderRule['headers'] = [
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Embedder-Policy', 'credentialless'],
  ];
  return [
    {
      path: '/*',
      headers: [
        ...(csp === undefined ? [] : [['Content-Security-Policy', csp] as [string, string]]),
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    { path: '/lessons/*', headers: isolated },
    { path: '/examples/*', headers: isolated },
    { path: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ];
}

export function headersFile(dist: string): string {
  return formatHeaders(headerRules(headerCsp(dist)));
}

export function staticHeaders(): AstroIntegration {
  let command = '';
  let root = new URL('file:///');
  return {
    name: 'course:static-headers',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        root = options.config.root;
      },
      // `astro preview` drops Vite plugins for static sites, so the preview gets its own server (an adapter used
      // for previews only) that reads dist/_headers the way the host does.
      'astro:config:done': ({ setAdapter }) => {
        if (command !== 'preview') return;
        setAdapter({
          name: 'course:preview-with-headers',
          previewEntrypoint: fileURLToPath(new URL('scripts/preview-server.mjs', root)),
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', serverOutput: 'unsupported', hybridOutput: 'unsupported', sharpImageService: 'stable' },
        });
      },
      'astro:server:setup': ({ server }) => {
        const rules = headerRules(undefined);
        server.middlewares.use((req, res, next) => {
          for (const [name, value] of headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname)) res.setHeader(name, value);
          next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const text = headersFile(dist);
        assertHeaderLines(text, join(dist, '_headers'));
        writeFileSync(join(dist, '_headers'), text);
        const longest = Math.max(...text.split('\n').map((l) => l.length));
        logger.info(`Wrote _headers (CSP, cross-origin isolation for sandbox pages, caching); longest line ${longest} of ${headerLineCap} characters.`);
      },
    },
  };
}
