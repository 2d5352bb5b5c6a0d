import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPreviewPathWhenReady } from '~/lib/sandbox-preview';

/** A VM whose dev server starts after `readyAfter` calls to getUrl, and which, like the SDK, ignores setUrl before that. */
function fakePreview(readyAfter: number) {
  let calls = 0;
  const applied: string[] = [];
  return {
    applied,
    get calls() {
      return calls;
    },
    getUrl: vi.fn(async () => (++calls > readyAfter ? 'https://forms--3000.local-credentialless.webcontainer.io/' : null)),
    setUrl: vi.fn(async (path: string) => {
      if (calls > readyAfter) applied.push(path);
    }),
  };
}

describe('opening the start page once the dev server runs', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a preview URL, then sets the path once', async () => {
    const preview = fakePreview(3);
    const outcome = openPreviewPathWhenReady(preview, '/action', { intervalMs: 1000 });
    await vi.advanceTimersByTimeAsync(3000);
    await expect(outcome).resolves.toBe('applied');
    expect(preview.applied).toEqual(['/action']);
    expect(preview.setUrl).toHaveBeenCalledTimes(1);
    expect(preview.getUrl).toHaveBeenCalledTimes(4);
  });

  it('treats a failing getUrl as not ready yet', async () => {
    const preview = fakePreview(1);
    preview.getUrl.mockRejectedValueOnce(new Error('busy'));
    const outcome = openPreviewPathWhenReady(preview, '/action');
    await vi.advanceTimersByTimeAsync(2000);
    await expect(outcome).resolves.toBe('applied');
  });

  it('gives up after the limit', async () => {
    const preview = fakePreview(Infinity);
    const outcome = openPreviewPathWhenReady(preview, '/action', { intervalMs: 1000, limitMs: 180_000 });
    await vi.advanceTimersByTimeAsync(181_000);
    await expect(outcome).resolves.toBe('timed-out');
    expect(preview.getUrl.mock.calls.length).toBeLessThanOrEqual(181);
    expect(preview.setUrl).not.toHaveBeenCalled();
  });

  it('stops when the reader leaves or runs it again', async () => {
    const preview = fakePreview(Infinity);
    const stop = new AbortController();
    const outcome = openPreviewPathWhenReady(preview, '/action', { signal: stop.signal });
    await vi.advanceTimersByTimeAsync(2500);
    stop.abort();
    await expect(outcome).resolves.toBe('stopped');
    const calls = preview.getUrl.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(preview.getUrl.mock.calls.length).toBe(calls);
  });
});
