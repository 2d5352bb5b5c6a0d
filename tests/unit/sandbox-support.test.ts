import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedBlocker, fallbackHint } from '~/lib/sandbox-support';

const chrome = { online: true, brands: ['Chromium', 'Google Chrome', 'Not)A;Brand'], storageAvailable: true, crossOriginIsolated: true };

describe('whether a live embed can load', () => {
  it('allows Chromium-based browsers that are online with storage, on an isolated page', () => {
    expect(embedBlocker(chrome)).toBeNull();
    expect(embedBlocker({ ...chrome, brands: ['Microsoft Edge', 'Chromium'] })).toBeNull();
  });

  it('explains each reason it cannot', () => {
    expect(embedBlocker({ ...chrome, online: false })).toMatch(/offline/);
    expect(embedBlocker({ ...chrome, brands: undefined })).toMatch(/Chromium-based browsers/);
    expect(embedBlocker({ ...chrome, brands: ['Firefox'] })).toMatch(/Chromium-based browsers/);
    expect(embedBlocker({ ...chrome, storageAvailable: false })).toMatch(/storage/);
  });

  it('refuses a page that is not cross-origin isolated, which the SDK crossOriginIsolated option needs', () => {
    expect(embedBlocker({ ...chrome, crossOriginIsolated: false })).toMatch(/cross-origin isolation/);
    // The reader is pointed at the path that still works.
    expect(fallbackHint).toMatch(/open it in StackBlitz/);
    // A browser without the property at all is judged by the other facts.
    expect(embedBlocker({ ...chrome, crossOriginIsolated: undefined })).toBeNull();
  });
});

describe('the installed StackBlitz SDK', () => {
  it('is 1.11.1 or newer: 1.11.0 gave the cross-origin-isolated permission to about:blank (stackblitz/sdk PR #39)', () => {
    const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules/@stackblitz/sdk/package.json'), 'utf8'));
    const [major, minor, patch] = String(manifest.version).split(/[.-]/).map(Number) as [number, number, number];
    const atLeast = major > 1 || (major === 1 && (minor > 11 || (minor === 11 && patch >= 1)));
    expect(atLeast, `@stackblitz/sdk ${manifest.version} is installed`).toBe(true);
  });
});
