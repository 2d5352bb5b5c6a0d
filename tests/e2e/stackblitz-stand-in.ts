// Stand-in for what the browser tests cannot reach: stackblitz.com (unreachable from test machines), played by a
// page that speaks the SDK's postMessage protocol with a fake VM. The real SDK runs unchanged against it.
import { expect, type BrowserContext, type Frame, type Page, type Request } from '@playwright/test';

/**
 * Fields of a form post, e.g. project[files][app/page.tsx] → its text. The SDK sends projects as a form post,
 * and browsers turn every line break in form values into CRLF, so compare with LF line breaks.
 */
export function formFields(request: Request): Map<string, string> {
  return new Map([...new URLSearchParams(request.postData() ?? '').entries()].map(([k, v]) => [k, v.replaceAll('\r\n', '\n')]));
}

/** The project files of a post to /run, paths unescaped as the SDK's encodeFilePath escaped them. */
export function postedFiles(request: Request): Record<string, string> {
  return Object.fromEntries(
    [...formFields(request)]
      .filter(([k]) => k.startsWith('project[files][') && k.endsWith(']'))
      .map(([k, v]) => [k.slice('project[files]['.length, -1).replaceAll('%5B', '[').replaceAll('%5D', ']'), v]),
  );
}

export interface FakeVmOptions {
  /** Whether the stand-in answers the SDK's connection pings at all (a slow start never does in time). */
  answers?: boolean;
  /** How many `getUrl` calls see no dev server yet (a null preview URL). */
  devServerAfter?: number;
}

/** What the fake VM saw and holds; read it with `fakeVm(page)`. */
export interface FakeVmState {
  files: Record<string, string>;
  getUrlCalls: number;
  /** Every setUrl, and whether the dev server was up to take it (the SDK ignores it otherwise). */
  setUrl: { path: string; applied: boolean }[];
  diffs: { create: Record<string, string>; destroy: string[] }[];
}

// Runs inside the stand-in page. Kept as one function so it can be sent as text.
function standIn(files: Record<string, string>, { answers = true, devServerAfter = 2 }: FakeVmOptions) {
  const state: FakeVmState = { files, getUrlCalls: 0, setUrl: [], diffs: [] };
  (window as unknown as { fakeVm: FakeVmState }).fakeVm = state;
  const handle = (type: string, payload: Record<string, unknown>): object => {
    switch (type) {
      case 'SDK_GET_PREVIEW_URL':
        state.getUrlCalls++;
        return { url: state.getUrlCalls > devServerAfter ? 'https://forms--3000--local-credentialless.webcontainer.io/' : null };
      case 'SDK_SET_PREVIEW_URL':
        state.setUrl.push({ path: payload.path as string, applied: state.getUrlCalls > devServerAfter });
        return {};
      case 'SDK_GET_FS_SNAPSHOT':
        // What a WebContainer holds besides the project once it has installed and started.
        return { ...state.files, 'node_modules/next/package.json': '{"name":"next"}', '.next/trace': '[]' };
      case 'SDK_APPLY_FS_DIFF': {
        const diff = payload as unknown as FakeVmState['diffs'][number];
        state.diffs.push({ create: diff.create, destroy: diff.destroy });
        Object.assign(state.files, diff.create);
        for (const path of diff.destroy) delete state.files[path];
        return {};
      }
      default:
        return {};
    }
  };
  addEventListener('message', (event) => {
    if (!answers || event.data?.action !== 'SDK_INIT') return;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }) => {
      const { __reqid, ...payload } = data.payload;
      channel.port1.postMessage({ type: data.type, payload: { ...handle(data.type, payload), __reqid, __success: true } });
    };
    (event.source as Window).postMessage({ action: 'SDK_INIT_SUCCESS', id: event.data.id, payload: { previewOrigin: null } }, '*', [channel.port2]);
  });
}

// An isolated page may only embed documents that opt in, as StackBlitz does when asked with corp=1.
const embeddable = { 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'cross-origin' };

/** Intercepts stackblitz.com: each post to /run gets a page that plays StackBlitz with a fake VM. */
export async function interceptStackBlitz(where: Page | BrowserContext, options: FakeVmOptions = {}) {
  const posts: Request[] = [];
  await where.route('https://stackblitz.com/**', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.fulfill({ status: 200, headers: embeddable, contentType: 'text/html', body: '' });
    posts.push(request);
    const script = `(${standIn.toString()})(${JSON.stringify(postedFiles(request))}, ${JSON.stringify(options)});`;
    await route.fulfill({
      status: 200,
      headers: embeddable,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><title>StackBlitz stand-in</title><p>Booting…</p><script>${script.replaceAll('</', '<\\/')}</script>`,
    });
  });
  return posts;
}

/** The stand-in's frame, once the project has been posted to it. */
export async function standInFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith('https://stackblitz.com/run'));
  await expect.poll(() => find() !== undefined, { message: 'the sandbox frame loads the StackBlitz stand-in' }).toBe(true);
  const frame = find()!;
  await frame.waitForFunction(() => 'fakeVm' in window);
  return frame;
}

export async function fakeVm(page: Page): Promise<FakeVmState> {
  return (await standInFrame(page)).evaluate(() => (window as unknown as { fakeVm: FakeVmState }).fakeVm);
}

/** Changes a file as a reader typing in the sandbox's editor would. */
export async function editInSandbox(page: Page, path: string, text: string) {
  await (await standInFrame(page)).evaluate(([p, t]) => ((window as unknown as { fakeVm: FakeVmState }).fakeVm.files[p!] = t!), [path, text]);
}

/**
 * Sandbox pages must be cross-origin isolated for the embed to run. `astro preview` sends dist/_headers
 * (scripts/preview-server.mjs), as the static host does; this fails early, with the reason, when it does not.
 */
export async function expectIsolated(page: Page) {
  const isolated = await page.evaluate(() => window.crossOriginIsolated);
  expect(isolated, `${page.url()} is not cross-origin isolated: the preview server must send the COOP/COEP headers of dist/_headers`).toBe(true);
}

/** Serves pages without cross-origin isolation, as a host that ignores _headers would. */
export async function serveWithoutIsolation(where: Page | BrowserContext) {
  await where.route(
    (url) => url.hostname === '127.0.0.1',
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^cross-origin-(opener|embedder)-policy$/i.test(name)));
      await route.fulfill({ response, headers });
    },
  );
}
