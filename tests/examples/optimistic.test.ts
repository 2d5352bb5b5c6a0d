// The optimistic example: what the reader sees while each side's call is under way, and after it succeeds, is
// refused, fails, or reaches a server that no longer has the action. Slow and failing answers are made by holding
// or rewriting the page's own request in the browser; the server and its build are real.
import type { Page, Route } from '@playwright/test';
import { checks } from '../../examples/optimistic/lib/checks';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { expectCheckPageOff, failedChecks } from './check-page';
import { expect, test, withServer } from './fixture';

test.use({ exampleId: 'optimistic' });

stackblitzBuildTest();

const list = (page: Page) => page.getByRole('list', { name: 'Messages' });
const box = (page: Page) => page.getByRole('textbox', { name: 'Message' });
const unique = (what: string) => `${what} ${Math.random().toString(36).slice(2, 8)}`;

/** Holds the page's next call of the given kind until the test lets it go. */
async function holdNext(page: Page, kind: 'action' | 'handler') {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  let caught!: () => void;
  const held = new Promise<void>((done) => (caught = done));
  const matches = (route: Route) =>
    route.request().method() === 'POST' && (kind === 'action' ? !!route.request().headers()['next-action'] : new URL(route.request().url()).pathname === '/api/messages');
  let done = false;
  await page.route('**/*', async (route) => {
    if (done || !matches(route)) return route.fallback();
    done = true;
    caught();
    await released;
    await route.fallback();
  });
  return { held, release };
}

type Side = 'action' | 'handler';
const pathOf = (side: Side) => (side === 'action' ? '/action' : '/handler');

const sendsAtOnce = (side: Side) => async ({ page }: { page: Page }) => {
  const path = pathOf(side);
  await page.goto(path);
  const text = unique('Hello');
  const call = await holdNext(page, side);
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await call.held;
  // The server has not answered yet: the message is there, marked, and the box is locked with the text in it.
  await expect(list(page).getByRole('listitem').last()).toHaveText(`${text} (sending…)`);
  await expect(page.getByRole('button', { name: 'Sending…' })).toBeDisabled();
  await expect(box(page)).toBeDisabled();
  // From here on, count every change of the list after which no item holds the message: a gap the reader would see.
  await page.evaluate((sent) => {
    const holder = window as unknown as { gaps: number };
    holder.gaps = 0;
    const ul = document.querySelector('ul[aria-label="Messages"]')!;
    new MutationObserver(() => {
      if (![...ul.querySelectorAll('li')].some((li) => li.textContent?.startsWith(sent))) holder.gaps++;
    }).observe(ul, { childList: true, subtree: true, characterData: true });
  }, text);
  call.release();
  await expect(list(page).getByRole('listitem').last()).toHaveText(text);
  expect(await page.evaluate(() => (window as unknown as { gaps: number }).gaps)).toBe(0);
  await expect(box(page)).toHaveValue('');
  await page.reload();
  await expect(list(page).getByRole('listitem').last()).toHaveText(text);
};

const takesBackARefusal = (side: Side) => async ({ page }: { page: Page }) => {
  const path = pathOf(side);
  await page.goto(path);
  const before = await list(page).getByRole('listitem').count();
  const text = unique('See https://spam.example');
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText('Links are not allowed in messages.');
  await expect(list(page).getByRole('listitem')).toHaveCount(before);
  await expect(box(page)).toHaveValue(text);
};

const takesBackAFailure = (side: Side) => async ({ page }: { page: Page }) => {
  const path = pathOf(side);
  await page.goto(path);
  const before = await list(page).getByRole('listitem').count();
  await page.route('**/*', (route) =>
    route.request().method() === 'POST' ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }) : route.fallback(),
  );
  const text = unique('Lost in transit');
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText(side === 'action' ? 'The message could not be sent. Check your connection and try again.' : 'The server answered 500. Try again.');
  await expect(list(page).getByRole('listitem')).toHaveCount(before);
  await expect(box(page)).toHaveValue(text);
};

test('a reader sees the message at once, marked as sending, and then as sent (action)', sendsAtOnce('action'));
test('a reader sees the message at once, marked as sending, and then as sent (handler)', sendsAtOnce('handler'));
test('the server refuses a link: the message goes away, the reason shows, and the text is back in the box (action)', takesBackARefusal('action'));
test('the server refuses a link: the message goes away, the reason shows, and the text is back in the box (handler)', takesBackARefusal('handler'));
test('the call fails on the way: the message goes away and the text is back in the box (action)', takesBackAFailure('action'));
test('the call fails on the way: the message goes away and the text is back in the box (handler)', takesBackAFailure('handler'));

test('the network is down: the handler side takes the message back and keeps the text', async ({ page }) => {
  await page.goto('/handler');
  const before = await list(page).getByRole('listitem').count();
  await page.route('**/api/messages', (route) => route.abort('internetdisconnected'));
  const text = unique('Offline');
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText('The message could not be sent. Check your connection and try again.');
  await expect(list(page).getByRole('listitem')).toHaveCount(before);
  await expect(box(page)).toHaveValue(text);
});

test('a page from before a redeploy calls an action the server no longer has: the reader is told to reload, and the text is kept', async ({ page, app }) => {
  await page.goto('/action');
  const before = await list(page).getByRole('listitem').count();
  // What a new deployment does to an open page: the id the page holds names no action on the server.
  const answers: { status: number; notFound?: string }[] = [];
  page.on('response', (r) => {
    if (r.request().method() === 'POST') answers.push({ status: r.status(), notFound: r.headers()['x-nextjs-action-not-found'] });
  });
  await page.route('**/action', (route) =>
    route.request().headers()['next-action']
      ? route.fallback({ headers: { ...route.request().headers(), 'next-action': '7f'.repeat(21) } })
      : route.fallback(),
  );
  const text = unique('From an old page');
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText('This page is out of date: reload it and send again.');
  await expect(list(page).getByRole('listitem')).toHaveCount(before);
  await expect(box(page)).toHaveValue(text);
  // Measured: 404 on 15.4; 409 (Conflict, "Server Action unavailable.") on 16.5, which keeps 400 for ids of the wrong shape.
  expect(answers).toEqual([{ status: app.nextVersion.startsWith('15.') ? 404 : 409, notFound: '1' }]);
});

test('the handler refuses what a form never sends: text/plain, a huge body, a number for the text', async ({ request }) => {
  expect((await request.post('/api/messages', { headers: { 'Content-Type': 'text/plain' }, data: '{"text":"Hello"}' })).status()).toBe(415);
  expect((await request.post('/api/messages', { data: { text: 'a'.repeat(5000) } })).status()).toBe(413);
  const wrongType = await request.post('/api/messages', { data: { text: 42 } });
  expect(wrongType.status()).toBe(422);
  expect((await wrongType.json()).error.code).toBe('validation_failed');
});

test('an anonymous flood of messages is cut off once the minute’s budget is spent, on both sides', async ({ browser, app }) => {
  await withServer(app.dir, { ...app.env, MESSAGES_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const answers = await Promise.all([1, 2, 3, 4].map((n) => page.request.post('/api/messages', { data: { text: `Flood ${n}` } })));
    expect(answers.map((a) => a.status()).sort()).toEqual([201, 201, 201, 429]);
    expect(Number(answers.find((a) => a.status() === 429)!.headers()['retry-after'])).toBeGreaterThan(0);
    await page.goto('/action');
    await box(page).fill('One more');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many messages right now\. Try again in \d+ s\.$/);
    await expect(box(page)).toHaveValue('One more');
    await page.context().close();
  });
});

test('the board keeps the newest 100 messages however many arrive', async ({ app }) => {
  await withServer(app.dir, { ...app.env, MESSAGES_PER_MINUTE: '100000' }, async (server) => {
    for (let n = 1; n <= 105; n++) {
      const response = await fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: `Message ${n}` }) });
      expect(response.status).toBe(201);
    }
    // The table itself holds 100, not only the page.
    const { DatabaseSync } = await import('node:sqlite');
    const database = new DatabaseSync(server.databaseFile, { readOnly: true });
    const { kept } = database.prepare('SELECT count(*) AS kept FROM messages').get() as { kept: number };
    database.close();
    expect(kept).toBe(100);
    const { messages } = (await (await fetch(`${server.url}/api/messages`)).json()) as { messages: { text: string }[] };
    expect(messages).toHaveLength(100);
    expect(messages[0]!.text).toBe('Message 6');
    expect(messages.at(-1)!.text).toBe('Message 105');
  });
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});
