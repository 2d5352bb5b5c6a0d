// Loaded only when a reader clicks "Run live": fetches the example, loads the StackBlitz SDK, embeds the project,
// then (once the SDK reaches the VM) opens the start page and keeps the reader's edits in this browser.
import type { VM } from '@stackblitz/sdk';
import {
  diffFiles,
  editsKey,
  formatBytes,
  isEmptyDiff,
  maxStoredBytes,
  parseStoredEdits,
  projectFiles,
  serialiseEdits,
  type FsDiff,
} from '~/lib/sandbox-edits';
import { openPreviewPathWhenReady } from '~/lib/sandbox-preview';
import { embedBlocker, fallbackHint } from '~/lib/sandbox-support';

const origin = 'https://stackblitz.com';
const saveEveryMs = 5_000;
// The SDK gives up on the VM after 20 × 500 ms, while a first start can take minutes: ask again this often.
const connectAttempts = 18;

interface Payload {
  project: { title: string; description: string; template: 'node'; files: Record<string, string> };
  openFile: string[];
  preview: string;
  /** A challenge's payload carries its solution: the example's own version of each file the challenge replaced. */
  solution?: FsDiff;
}

export interface LiveView {
  /** Where the iframe goes; emptied first. */
  container: HTMLElement;
  payloadUrl: string;
  /** The example id: the key for saved edits and the name of the downloaded folder. */
  example: string;
  /** The example's title, for the iframe's accessible name. */
  title: string;
  /** Writes the status line. */
  say(message: string, tone?: 'error'): void;
  /**
   * The "Download my version" and "Reset…" buttons, and the group that holds them; a challenge adds "Show solution".
   * `original` names what Reset brings back ("the original example", "the challenge’s starting code").
   */
  edits: { group: HTMLElement; download: HTMLButtonElement; reset: HTMLButtonElement; solution?: HTMLButtonElement; original?: string };
  /** Aborted when the reader runs the sandbox again. */
  signal: AbortSignal;
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

const running = 'The sandbox is running. The first start installs packages and compiles Next.js, which takes a minute.';
const unsaved = 'Saving your changes in this browser, “Download my version” and opening the example’s start page';

/**
 * Embeds the example inside `view.container`. Throws, with a message for the reader, only when no frame could be
 * shown; once the frame is there it stays, and everything that needs the VM connection degrades with a message.
 */
export async function runLive(view: LiveView): Promise<void> {
  const blocker = embedBlocker({
    online: navigator.onLine,
    brands: (navigator as Navigator & { userAgentData?: { brands: { brand: string }[] } }).userAgentData?.brands.map((b) => b.brand),
    storageAvailable: storageAvailable(),
    crossOriginIsolated: window.crossOriginIsolated,
  });
  if (blocker) throw new Error(`${blocker} ${fallbackHint}`);

  const [sdkModule, payload] = await Promise.all([
    import('@stackblitz/sdk'),
    fetch(view.payloadUrl).then((r) => {
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
  const target = document.createElement('div');
  view.container.replaceChildren(target);
  const connecting = sdk.embedProject(target, payload.project, {
    openFile: payload.openFile,
    startScript: 'dev',
    view: 'default',
    height: 620,
    terminalHeight: 35,
    theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
    crossOriginIsolated: true,
  });
  const frame = view.container.querySelector('iframe')!;
  // The SDK's iframe has no accessible name of its own.
  frame.title = `Live sandbox: ${view.title}`;

  // Stops the background work (connecting, waiting for the dev server) when the reader leaves or runs it again.
  const stop = new AbortController();
  view.signal.addEventListener('abort', () => stop.abort(), { once: true });
  addEventListener('pagehide', () => stop.abort(), { once: true });

  void connectVm(sdk, connecting, frame, view, stop.signal).then((vm) => {
    if (!vm || stop.signal.aborted) return;
    void openPreviewPathWhenReady(vm.preview, payload.preview, { signal: stop.signal }).catch(() => undefined);
    void keepEdits(vm, payload.project.files, view);
    const solution = payload.solution;
    if (solution && view.edits.solution) showSolutionOnRequest(vm, solution, view, view.edits.solution);
  });
}

/** The VM, asking again while the editor loads; null when it never answers or the reader moves on. */
async function connectVm(
  sdk: typeof import('@stackblitz/sdk').default,
  first: Promise<VM>,
  frame: HTMLIFrameElement,
  view: LiveView,
  signal: AbortSignal,
): Promise<VM | null> {
  try {
    return await first;
  } catch {
    // The frame may well still be loading: keep it, and say what works meanwhile.
  }
  view.say(`The editor is loading, and you can use it once it appears. ${unsaved} are unavailable because the sandbox has not answered this page yet; still trying.`);
  for (let attempt = 0; attempt < connectAttempts && !signal.aborted; attempt++) {
    try {
      return await sdk.connect(frame);
    } catch {
      // Not yet.
    }
  }
  if (!signal.aborted) {
    view.say(`You can use the editor in the frame. ${unsaved} are unavailable because the sandbox never answered this page. ${fallbackHint}`);
  }
  return null;
}

/** Restores saved edits, then saves the reader's changes every few seconds and when the page goes. */
async function keepEdits(vm: VM, original: Record<string, string>, view: LiveView) {
  const key = editsKey(view.example);
  let lastSaved = JSON.stringify({ create: {}, destroy: [] } satisfies FsDiff);
  let busy = false;
  // After a failed restore the sandbox shows the original: an empty diff must not erase what is stored.
  let mayClear = true;

  const stored = parseStoredEdits(readStored(key), view.example);
  let message = running;
  if (stored.kind === 'edits') {
    const { create, destroy } = stored.edits;
    try {
      await vm.applyFsDiff({ create, destroy });
      lastSaved = JSON.stringify({ create, destroy });
      const when = new Date(stored.edits.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
      message = `${running} Your changes from ${when} are back; “${view.edits.reset.textContent?.trim()}” brings back ${view.edits.original ?? 'the example as written'}.`;
    } catch {
      mayClear = false;
      message = `${running} Your saved changes could not be put back, so this is the original; they stay saved until you change a file.`;
    }
  } else if (stored.kind === 'unreadable') {
    removeStored(key);
    message = `${running} What was saved for this example earlier was ignored because ${stored.reason}; this is the original.`;
  }
  view.say(message);
  view.edits.group.hidden = false;

  const save = async () => {
    if (busy) return;
    busy = true;
    try {
      const snapshot = await vm.getFsSnapshot();
      if (!snapshot) return;
      const diff = diffFiles(original, snapshot);
      const digest = JSON.stringify(diff);
      if (digest === lastSaved) return;
      if (isEmptyDiff(diff)) {
        if (mayClear) removeStored(key);
        lastSaved = digest;
        return;
      }
      const serialised = serialiseEdits(view.example, diff, new Date());
      if (!serialised.ok) {
        lastSaved = digest;
        view.say(
          `Your changes (${formatBytes(serialised.bytes)}) are more than the ${formatBytes(maxStoredBytes)} this browser keeps per example, so the latest ones are not saved here. Use “Download my version” to keep them.`,
          'error',
        );
        return;
      }
      try {
        localStorage.setItem(key, serialised.text);
        lastSaved = digest;
        mayClear = true;
      } catch {
        view.say('This browser’s storage for the site is full, so your latest changes are not saved here. Use “Download my version” to keep them.', 'error');
      }
    } catch {
      // The VM did not answer this time; the next tick tries again.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(save, saveEveryMs);
  view.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  // Best effort: the snapshot has to come back before the page is gone; the interval covers the rest.
  const listening = { signal: view.signal };
  addEventListener('pagehide', () => void save(), listening);
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') void save();
    },
    listening,
  );

  view.edits.download.addEventListener('click', () => void download(vm, view), listening);
  view.edits.reset.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    view.edits.reset.disabled = true;
    try {
      removeStored(key);
      const snapshot = (await vm.getFsSnapshot()) ?? {};
      await vm.applyFsDiff(diffFiles(snapshot, original));
      lastSaved = JSON.stringify({ create: {}, destroy: [] } satisfies FsDiff);
      mayClear = true;
      view.say(`This is ${view.edits.original ?? 'the original example'} again; your saved changes are cleared.`);
    } catch {
      view.say('The original files could not be put back. Reload the page and run the sandbox again to start from the original.', 'error');
    } finally {
      busy = false;
      view.edits.reset.disabled = false;
    }
  }, listening);
}

/** "Show solution" writes the example's own files over the challenge's; the reader's other edits stay. */
function showSolutionOnRequest(vm: VM, solution: FsDiff, view: LiveView, button: HTMLButtonElement) {
  button.addEventListener(
    'click',
    async () => {
      button.disabled = true;
      try {
        await vm.applyFsDiff(solution);
        view.say(`The solution is in place (${Object.keys(solution.create).join(', ')}). Reload the check page in the preview: every check should pass.`);
      } catch {
        view.say('The solution could not be written into the sandbox. The example’s own code, which is the solution, is on the example’s page.', 'error');
      } finally {
        button.disabled = false;
      }
    },
    { signal: view.signal },
  );
}

async function download(vm: VM, view: LiveView) {
  view.edits.download.disabled = true;
  try {
    const [snapshot, { zipSync, strToU8 }] = await Promise.all([vm.getFsSnapshot(), import('fflate')]);
    const files = projectFiles(snapshot ?? {});
    const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [`${view.example}/${path}`, strToU8(text)])));
    const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `${view.example}-my-version.zip` });
    link.click();
    // The download has started from the URL; free it once the browser has it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch {
    view.say('Your version could not be packed. “Download .zip” still has the original example.', 'error');
  } finally {
    view.edits.download.disabled = false;
  }
}

function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function removeStored(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage became unavailable; nothing to clear.
  }
}
