import { describe, expect, it } from 'vitest';
import { embedBlocker } from '~/lib/sandbox-support';

const chrome = { online: true, brands: ['Chromium', 'Google Chrome', 'Not)A;Brand'], storageAvailable: true };

describe('whether a live embed can load', () => {
  it('allows Chromium-based browsers that are online with storage', () => {
    expect(embedBlocker(chrome)).toBeNull();
    expect(embedBlocker({ ...chrome, brands: ['Microsoft Edge', 'Chromium'] })).toBeNull();
  });

  it('explains each reason it cannot', () => {
    expect(embedBlocker({ ...chrome, online: false })).toMatch(/offline/);
    expect(embedBlocker({ ...chrome, brands: undefined })).toMatch(/Chromium-based browsers/);
    expect(embedBlocker({ ...chrome, brands: ['Firefox'] })).toMatch(/Chromium-based browsers/);
    expect(embedBlocker({ ...chrome, storageAvailable: false })).toMatch(/storage/);
  });
});
