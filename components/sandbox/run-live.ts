// Loaded only when a reader clicks "Run live": fetches the example, loads the StackBlitz SDK, embeds the project.
import { embedBlocker, fallbackHint } from '~/lib/sandbox-support';

const origin = 'https://stackblitz.com';
const connectTimeoutMs = 30_000;

interface Payload {
  project: { title: string; description: string; template: 'node'; files: Record<string, string> };
  openFile: string[];
  preview: string;
}

function storageAvailable(): boolean {
  try {
    localStorage.setItem('sandbox-probe', '1');
    localStorage.removeItem('sandbox-probe');
    return true;
  } catch {
    return false;
  }
}

const withTimeout = <T>(promise: Promise<T>, ms: number, message: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);

/** Runs the example live inside `target`. Resolves to a message for the status line; throws one when it fails. */
export async function runLive(target: HTMLElement, payloadUrl: string): Promise<string> {
  const blocker = embedBlocker({
    online: navigator.onLine,
    brands: (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands.map((b) => b.brand),
    storageAvailable: storageAvailable(),
  });
  if (blocker) throw new Error(`${blocker} ${fallbackHint}`);

  const [sdkModule, payload] = await Promise.all([
    import('@stackblitz/sdk'),
    fetch(payloadUrl).then((r) => {
      if (!r.ok) throw new Error(`The example could not be loaded (${r.status}). ${fallbackHint}`);
      return r.json() as Promise<Payload>;
    }),
  ]);
  // Reaching StackBlitz at all is the commonest failure (offline, firewalls, blockers): find out before
  // embedding, so the reader gets an explanation rather than a broken frame.
  await fetch(`${origin}/`, { method: 'HEAD', mode: 'no-cors', cache: 'no-store' }).catch(() => {
    throw new Error(`StackBlitz could not be reached from this network. ${fallbackHint}`);
  });

  const sdk = sdkModule.default;
  const vm = await withTimeout(
    sdk.embedProject(target, payload.project, {
      openFile: payload.openFile,
      startScript: 'dev',
      view: 'default',
      height: 620,
      terminalHeight: 35,
      theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
      crossOriginIsolated: true,
    }),
    connectTimeoutMs,
    `The sandbox did not start within ${connectTimeoutMs / 1000} seconds. StackBlitz may be blocked here. ${fallbackHint}`,
  );
  // Once the dev server runs, show the example's own start page; before that, the call may fail harmlessly.
  vm.preview.setUrl(payload.preview).catch(() => undefined);
  return 'The sandbox is running. The first start installs packages and compiles Next.js, which takes a minute.';
}
