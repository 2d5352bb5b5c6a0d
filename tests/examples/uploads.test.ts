import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood, rawRequest } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test, withServer } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/uploads/lib/checks';

test.use({ exampleId: 'uploads' });

type Api = import('@playwright/test').APIRequestContext;
const uploads = async (request: Api): Promise<{ name: string; size: number; via: string }[]> =>
  (await (await request.get('/api/uploads')).json()).uploads;
// Real files start with their type's signature; the app checks it.
const signatures: Record<string, number[]> = { 'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/jpeg': [0xff, 0xd8, 0xff, 0xe0] };
const bytes = (mimeType: string, size: number) => {
  const buffer = Buffer.alloc(size, 65);
  buffer.set(signatures[mimeType] ?? []);
  return buffer;
};
const file = (name: string, mimeType: string, size: number) => ({ name, mimeType, buffer: bytes(mimeType, size) });
const script = Buffer.from('<!doctype html><script>fetch("/api/uploads").then(r => r.text()).then(alert)</script>');

/** Captures a real call of the upload action (with no file chosen, so nothing is stored). */
async function captureUploadCall(page: import('@playwright/test').Page) {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Upload' }).click());
  await expect(page.getByRole('status')).toHaveText('Choose a file to upload.');
  return call;
}

stackblitzBuildTest();

test('visitor uploads a small file with the Server Action form', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel(/^File/).setInputFiles(file('notes.txt', 'text/plain', 2048));
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('Uploaded notes.txt (2048 bytes).');
  await expect(page.getByRole('list', { name: 'Uploads' })).toContainText('notes.txt (2.0 KB, text/plain, via action)');
});

test('the action refuses a wrong type or a file over its 1 MB rule, and stores nothing', async ({ page, request }) => {
  const before = await uploads(request);
  await page.goto('/action');
  await page.getByLabel(/^File/).setInputFiles(file('script.js', 'text/javascript', 100));
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('Upload a PNG, JPEG or plain-text file.');
  await page.getByLabel(/^File/).setInputFiles(file('big.png', 'image/png', 1.5 * 1024 * 1024));
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('The file is larger than 1 MB.');
  await page.getByRole('button', { name: 'Upload' }).click();
  expect(await uploads(request)).toEqual(before);
});

test('a visitor whose file is over bodySizeLimit sees the error boundary explain it', async ({ page, request }) => {
  const before = await uploads(request);
  await page.goto('/action');
  await page.getByLabel(/^File/).setInputFiles(file('huge.png', 'image/png', 3 * 1024 * 1024));
  await page.getByRole('button', { name: 'Upload' }).click();
  // What the request gets back (a 500, a bare 400 or a reset) is checked below; the page shows the same either way.
  // Next.js's route announcer is an alert too; pick the error boundary's.
  const alert = page.getByRole('alert').filter({ hasText: 'The upload failed' });
  await expect(alert).toContainText('Nothing was stored.');
  await expect(alert).toContainText('at most 1 MB');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel(/^File/)).toBeVisible();
  expect(await uploads(request)).toEqual(before);
});

test('a Server Action body over bodySizeLimit is refused with a 500 or a dropped connection, never a 413', async ({ page, request, app }) => {
  // Five 3 MB posts: about 1 s on Next 15.4, but 13 s on Next 16, where each refused post takes some 2.5 s to end.
  // 60 s rather than the default 30 keeps a slower machine within half of it.
  test.setTimeout(60_000);
  const call = await captureUploadCall(page);
  const before = await uploads(request);
  const fields = await actionForm(call);
  // next.config.ts sets bodySizeLimit to 2 MB.
  fields.set(`${fieldPrefix(fields)}file`, new File([bytes('image/png', 3 * 1024 * 1024)], 'huge.png', { type: 'image/png' }));
  const encoded = new Response(fields);
  const body = Buffer.from(await encoded.arrayBuffer());
  const headers = { ...call.headers, 'content-type': encoded.headers.get('content-type')! };
  // Next.js raises an error with status 413, but the catch-all of its action handler answers 500 (see the TODO
  // there). It has also destroyed the request stream by then, so the connection often dies first: the client gets
  // Node's bare "400 Bad Request" or a reset instead. Which one is a race; a 413 is never among them.
  const outcomes = new Set<string>();
  for (let i = 0; i < 5; i++) {
    outcomes.add(await rawRequest(app.url, new URL(call.url).pathname, { method: 'POST', headers, body }).then((r) => String(r.status), () => 'reset'));
  }
  expect([...outcomes].filter((o) => !['500', '400', 'reset'].includes(o))).toEqual([]);
  expect(app.output().replace(/\x1b\[\d+m/g, '')).toMatch(/Body exceeded 2mb limit[^]*statusCode: 413/);
  expect(await uploads(request)).toEqual(before);
});

test('visitor uploads through the streaming Route Handler', async ({ page }) => {
  await page.goto('/handler');
  await page.getByLabel(/^File/).setInputFiles(file('photo.jpg', 'image/jpeg', 3 * 1024 * 1024));
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText(`Uploaded photo.jpg (${3 * 1024 * 1024} bytes).`);
  await expect(page.getByRole('list', { name: 'Uploads' })).toContainText('photo.jpg (3072.0 KB, image/jpeg, via handler)');
});

test('HTTP client gets 413, 415 or 400 for bad uploads and nothing is stored', async ({ request, app }) => {
  const before = await uploads(request);
  const post = (headers: Record<string, string>, data: Buffer) => request.post('/api/uploads', { headers, data });
  expect((await post({ 'Content-Type': 'image/png', 'X-File-Name': 'big.png' }, Buffer.alloc(6 * 1024 * 1024))).status()).toBe(413);
  expect((await post({ 'Content-Type': 'application/pdf', 'X-File-Name': 'doc.pdf' }, Buffer.from('%PDF'))).status()).toBe(415);
  expect((await post({ 'Content-Type': 'text/plain' }, Buffer.from('no name'))).status()).toBe(400);
  expect((await post({ 'Content-Type': 'text/plain', 'X-File-Name': '%E0%A4%A' }, Buffer.from('bad name'))).status()).toBe(400);
  expect((await post({ 'Content-Type': 'text/plain', 'X-File-Name': 'empty.txt' }, Buffer.alloc(0))).status()).toBe(400);

  // A chunked body has no Content-Length: the stream is counted and cut off once it passes 5 MB.
  const chunk = new Uint8Array(bytes('image/png', 1024 * 1024));
  let sent = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (sent++ < 8) controller.enqueue(chunk);
      else controller.close();
    },
  });
  const chunked = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', 'X-File-Name': 'stream.png' },
    body,
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(413);
  expect(await uploads(request)).toEqual(before);
});

test('an upload named ../../../etc/passwd is stored under its base name only, on both sides', async ({ page, request }) => {
  const names: [string, string][] = [
    ['../../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    // NFKC turns the fullwidth "．．／" into "../" before the path is cut off.
    ['．．／．．／etc／shadow', 'shadow'],
    ['report\u0000\r\n.txt', 'report.txt'],
    // A right-to-left override would show "evil\u202Etxt.exe" as "evilexe.txt".
    ['evil\u202Etxt.exe', 'eviltxt.exe'],
  ];
  for (const [raw, stored] of names) {
    const response = await request.post('/api/uploads', { headers: { 'Content-Type': 'text/plain', 'X-File-Name': encodeURIComponent(raw) }, data: 'hello' });
    expect(response.status(), raw).toBe(201);
    expect((await response.json()).upload.name, raw).toBe(stored);
  }
  for (const raw of ['../', 'a/..', '\u0000']) {
    const response = await request.post('/api/uploads', { headers: { 'Content-Type': 'text/plain', 'X-File-Name': encodeURIComponent(raw) }, data: 'hello' });
    expect(response.status(), raw).toBe(400);
    expect((await response.json()).error.code, raw).toBe('invalid_name');
  }

  // Next's multipart parser already cuts "a/b" paths from file names in action calls, but not fullwidth ones.
  const call = await captureUploadCall(page);
  const fields = await actionForm(call);
  fields.set(`${fieldPrefix(fields)}file`, new File(['hello'], '．．／．．／etc／hosts', { type: 'text/plain' }));
  const response = await sendActionForm(request, call, fields);
  expect(await response.text()).toContain('Uploaded hosts (5 bytes).');
  const stored = (await uploads(request)).map((u) => u.name);
  expect(stored).toContain('hosts');
  expect(stored.filter((name) => /[\\/\u0000-\u001f\u202e\uff0f]/.test(name))).toEqual([]);
});

test('a PNG-typed upload whose bytes are an HTML script is refused on both sides and nothing is stored', async ({ page, request }) => {
  const before = await uploads(request);
  const post = (type: string, data: Buffer) => request.post('/api/uploads', { headers: { 'Content-Type': type, 'X-File-Name': 'cat.png' }, data });
  const cases: [string, Buffer][] = [
    ['image/png', script],
    ['image/jpeg', bytes('image/png', 100)],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e])],
    ['text/plain', Buffer.from('hello\u0000world')],
    ['text/plain', Buffer.from([0x68, 0x69, 0xff, 0xfe])],
  ];
  for (const [type, data] of cases) {
    const response = await post(type, data);
    expect(response.status(), `${type}: ${data.subarray(0, 8).toString('hex')}`).toBe(415);
    expect((await response.json()).error.code).toBe('content_mismatch');
  }

  await page.goto('/action');
  await page.getByLabel(/^File/).setInputFiles({ name: 'cat.png', mimeType: 'image/png', buffer: script });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('The file’s contents are not a PNG image.');
  await page.getByLabel(/^File/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from([0x68, 0x69, 0x00]) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('The file’s contents are not UTF-8 text.');
  expect(await uploads(request)).toEqual(before);
});

test('a forged argument root makes the upload action return an error instead of a 500', async ({ page, request }) => {
  const call = await captureUploadCall(page);
  const before = await uploads(request);
  const fields = await actionForm(call);
  fields.set(`${fieldPrefix(fields)}file`, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
  // A real call's root is [{"status":"idle"},"$K1"]: the previous state and the form's fields.
  for (const root of ['[{"status":"idle"},"x"]', '[null,{"file":"x"}]', '[]']) {
    fields.set('0', root);
    const response = await sendActionForm(request, call, fields);
    expect(response.status(), root).toBe(200);
    expect(await response.text(), root).toContain('The form could not be read.');
  }
  expect(await uploads(request)).toEqual(before);
});

test('an attacker cannot make the handler hold an endless or huge body', async ({ app }) => {
  const headers = { 'Content-Type': 'text/plain', 'X-File-Name': 'flood.txt' };
  const endless = await flood(app.url, '/api/uploads', { headers: { ...headers, 'Transfer-Encoding': 'chunked' } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  // 5 MB read, plus what sat in socket buffers when the answer came.
  expect(endless.bytesSent).toBeLessThan(16 * 1024 * 1024);
  const declared = await flood(app.url, '/api/uploads', { headers, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);
});

test('a flood of uploads keeps only the newest 50 in the list, each with its own id', async ({ request }) => {
  for (let n = 1; n <= 60; n++) {
    const response = await request.post('/api/uploads', { headers: { 'Content-Type': 'text/plain', 'X-File-Name': `flood-${n}.txt` }, data: `Upload ${n}` });
    expect(response.status()).toBe(201);
  }
  const uploads = (await (await request.get('/api/uploads')).json()).uploads as { id: string; name: string }[];
  expect(uploads).toHaveLength(50);
  expect(uploads.at(-1)!.name).toBe('flood-60.txt');
  expect(new Set(uploads.map((u) => u.id)).size).toBe(50);
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test('a client writing the media type in capitals, as HTTP allows, is treated like one writing it in lowercase', async ({ request }) => {
  const post = (type: string, name: string) =>
    request.post('/api/uploads', { headers: { 'Content-Type': type, 'X-File-Name': name }, data: Buffer.from('Media types are case-insensitive.\n') });
  for (const [type, name] of [['Text/Plain', 'capitals.txt'], ['TEXT/PLAIN; charset=UTF-8', 'shouting.txt']]) {
    const answer = await post(type!, name!);
    expect(answer.status(), type).toBe(201);
  }
  expect((await uploads(request)).map((u) => u.name)).toEqual(expect.arrayContaining(['capitals.txt', 'shouting.txt']));
  // Capitals do not smuggle a type past the list.
  expect((await post('Text/HTML', 'page.html')).status()).toBe(415);
});
