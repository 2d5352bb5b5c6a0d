import { describe, expect, it } from 'vitest';
import { assertHeaderLines, formatHeaders, headerLineCap, headersFor, parseHeaders } from '../../src/lib/headers-file.mjs';
import { headerRules } from '../../src/lib/static-headers';

describe('the _headers file', () => {
  it('fails the build on a line past Cloudflare Pages’ cap, naming the file, the line, its length and the cap', () => {
    const csp = `default-src 'self'; script-src ${"'sha256-AAAA' ".repeat(200)}`;
    const text = formatHeaders([{ path: '/*', headers: [['Content-Security-Policy', csp]] }]);
    expect(() => assertHeaderLines(text, 'dist/_headers')).toThrow(
      `dist/_headers: line 2 (Content-Security-Policy) is ${csp.length + '  Content-Security-Policy: '.length} characters; Cloudflare Pages caps a header line at 2000.`,
    );
  });

  it('accepts a line exactly at the cap', () => {
    const line = `  X-Long: ${'a'.repeat(headerLineCap - 10)}`;
    expect(line).toHaveLength(headerLineCap);
    expect(() => assertHeaderLines(`/*\n${line}\n`, 'dist/_headers')).not.toThrow();
  });

  it('reads back what it writes, so the local preview sends what the host reads', () => {
    const rules = headerRules("default-src 'self'");
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });

  it('gives sandbox pages cross-origin isolation and other pages only the site-wide headers', () => {
    const rules = headerRules("default-src 'self'");
    const names = (path: string) => headersFor(rules, path).map(([name]) => name);
    expect(names('/lessons/forms/')).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Embedder-Policy']));
    expect(names('/examples/forms/')).toContain('Cross-Origin-Embedder-Policy');
    expect(names('/')).not.toContain('Cross-Origin-Opener-Policy');
    expect(names('/decide/')).not.toContain('Cross-Origin-Embedder-Policy');
    expect(names('/_astro/x.js')).toContain('Cache-Control');
  });

  it('leaves the CSP out in dev, where Astro adds none and Vite injects inline scripts', () => {
    expect(headerRules(undefined).flatMap((r) => r.headers.map(([name]) => name))).not.toContain('Content-Security-Policy');
  });
});
