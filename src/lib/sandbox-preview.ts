// Opens the example's start page in the live preview. The SDK ignores `vm.preview.setUrl()` until the dev
// server runs (its preview URL is null until then), so ask for the URL until there is one, then set the path.

export interface PreviewControl {
  getUrl(): Promise<string | null>;
  setUrl(path: string): Promise<unknown>;
}

export interface PreviewWait {
  intervalMs?: number;
  /** Next.js installs and compiles on the first start; give up after this. */
  limitMs?: number;
  /** Aborted when the reader leaves or runs the sandbox again. */
  signal?: AbortSignal;
}

export type PreviewOutcome = 'applied' | 'timed-out' | 'stopped';

export async function openPreviewPathWhenReady(
  preview: PreviewControl,
  path: string,
  { intervalMs = 1000, limitMs = 180_000, signal }: PreviewWait = {},
): Promise<PreviewOutcome> {
  const deadline = Date.now() + limitMs;
  const pause = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, intervalMs);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    });
  while (!signal?.aborted) {
    // A failed request (the VM still busy) counts as "not yet".
    const url = await preview.getUrl().catch(() => null);
    if (signal?.aborted) break;
    if (url) {
      await preview.setUrl(path);
      return 'applied';
    }
    if (Date.now() + intervalMs > deadline) return 'timed-out';
    await pause();
  }
  return 'stopped';
}
