// The headers file a static host reads must allow everything each page's own CSP allows, and add the rest.
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
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

test('every line of the headers file fits Cloudflare Pages’ 2,000-character cap', () => {
  for (const line of headers.split('\n')) expect(line.length, line.slice(0, 40)).toBeLessThanOrEqual(2000);
});

test('the local server sends the headers file’s headers, path by path, as the host will', async ({ request }) => {
  const lesson = await request.get('/lessons/forms/');
  expect(lesson.headers()['cross-origin-opener-policy']).toBe('same-origin');
  expect(lesson.headers()['cross-origin-embedder-policy']).toBe('credentialless');
  expect(lesson.headers()['content-security-policy']).toBe(csp);
  const example = await request.get('/examples/forms/');
  expect(example.headers()['cross-origin-embedder-policy']).toBe('credentialless');
  // Only sandbox pages are isolated, as in production.
  const home = await request.get('/');
  expect(home.headers()['cross-origin-opener-policy']).toBeUndefined();
  expect(home.headers()['content-security-policy']).toBe(csp);
});

test('user reading a lesson locally gets a cross-origin isolated page, as on the host', async ({ page }) => {
  await page.goto('/lessons/forms/');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await page.goto('/');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
});

test('the header CSP allows every inline script a page runs, including those before its CSP meta tag', async ({ request }) => {
  for (const path of ['/', '/lessons/forms/', '/examples/forms/', '/decide/', '/quiz/', '/sandbox/forms/open/']) {
    const html = await (await request.get(path)).text();
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) continue;
      const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
      expect(csp, `${path}: ${body!.trim().slice(0, 60)}`).toContain(hash);
    }
  }
});

test('user sees no CSP violation on a lesson when the host sends the header CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) violations.push(message.text());
  });
  await page.goto('/lessons/forms/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  expect(violations).toEqual([]);
});
