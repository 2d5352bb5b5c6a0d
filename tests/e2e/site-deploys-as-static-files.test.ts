// The headers file a static host reads must allow everything each page's own CSP allows, and add the rest.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');
const headers = readFileSync(resolve(dist, '_headers'), 'utf8');
const csp = headers.match(/^ {2}Content-Security-Policy: (.+)$/m)?.[1] ?? '';

test('the headers file carries a strict CSP that allows only the site and StackBlitz', () => {
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain('frame-src https://stackblitz.com');
  expect(csp).toContain("form-action 'self' https://stackblitz.com");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-eval'/);
});

test('the header CSP includes every hash a page relies on', async ({ page }) => {
  for (const path of ['/', '/lessons/forms/', '/decide/', '/quiz/']) {
    await page.goto(path);
    const meta = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(csp, `${path} ${hash}`).toContain(hash);
  }
});

test('sandbox pages are cross-origin isolated for the StackBlitz embed', () => {
  for (const section of ['/lessons/*', '/examples/*']) {
    const block = headers.split('\n\n').find((b) => b.startsWith(section)) ?? '';
    expect(block).toContain('Cross-Origin-Opener-Policy: same-origin');
    expect(block).toContain('Cross-Origin-Embedder-Policy: credentialless');
  }
});
