// Reads an example's /check page: which of its checks (examples/<id>/lib/checks.ts) it reports as passed.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export interface CheckEntry {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
}

/**
 * Opens `<base>/check`, runs the checks with its button, and returns the ids of the checks it reports as failed,
 * after checking the page's shape. The server must have course tools on (COURSE_TOOLS=on under `next start`).
 */
export async function failedChecks(page: Page, base: string, checks: readonly CheckEntry[]): Promise<string[]> {
  await page.goto(`${base}/check`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your fix' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Checks' });
  await expect(list.getByRole('listitem')).toHaveCount(checks.length);
  // A visit runs nothing: the list waits for the button.
  await expect(page.getByRole('status')).toHaveText('Not run yet');
  await expect(list).not.toContainText(/Passed|Failed/);
  await page.getByRole('button', { name: /^Run the checks/ }).click();
  // The checks attack the running app one after another; a few of them wait out a slow attacker on purpose.
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ checks pass$/, { timeout: 20_000 });
  const failed: string[] = [];
  for (const check of checks) {
    const item = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: check.title, exact: true }) });
    const text = await item.innerText();
    const verdict = /\bPassed\b/.test(text) ? 'passed' : /\bFailed\b/.test(text) ? 'failed' : 'missing';
    expect(verdict, `"${check.title}" says neither Passed nor Failed`).not.toBe('missing');
    if (verdict === 'failed') {
      failed.push(check.id);
      expect(text, `a failed check shows its hint: ${check.title}`).toContain(check.hint);
    }
  }
  await expect(page.getByRole('status')).toHaveText(`${checks.length - failed.length} of ${checks.length} checks pass`);
  return failed;
}

/**
 * What a production server (`next start` without COURSE_TOOLS=on) does with the check page: GET, HEAD and the
 * button's POST all answer 404, and the POST runs no check (each check writes or signs something, and names itself
 * in the page it answers with).
 */
export async function expectCheckPageOff(request: APIRequestContext, base: string, checks: readonly CheckEntry[]) {
  expect((await request.get(`${base}/check`)).status()).toBe(404);
  expect((await request.head(`${base}/check`)).status()).toBe(404);
  const run = await request.post(`${base}/check`, { headers: { 'Sec-Fetch-Site': 'same-origin' } });
  expect(run.status()).toBe(404);
  const answer = await run.text();
  for (const check of checks) expect(answer, `the POST ran "${check.title}"`).not.toContain(check.title);
}
