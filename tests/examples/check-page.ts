// Reads an example's /check page: which of its checks (examples/<id>/lib/checks.ts) it reports as passed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ checks pass$/, { timeout: 60_000 });
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
 * What a production server (`next start` without COURSE_TOOLS=on) does with the check page: GET and HEAD answer 404,
 * and its action, called directly with the id from the build (as an attacker who read the bundle would), runs no
 * check. Each check writes or signs something, so a check that ran would show in the action's answer.
 */
export async function expectCheckPageOff(request: APIRequestContext, base: string, dir: string, checks: readonly CheckEntry[]) {
  expect((await request.get(`${base}/check`)).status()).toBe(404);
  expect((await request.head(`${base}/check`)).status()).toBe(404);
  const manifest = JSON.parse(readFileSync(join(dir, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown> }>;
  };
  // The checks call some of the app's own actions, which other pages use too; the check page's own action is the one
  // only it uses.
  const ids = Object.entries(manifest.node)
    .filter(([, action]) => Object.keys(action.workers).join() === 'app/check/page')
    .map(([id]) => id);
  expect(ids, 'the check page has one action of its own, which runs the checks').toHaveLength(1);
  const response = await request.post(`${base}/check`, {
    headers: { 'Next-Action': ids[0]!, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
    data: '[null]',
  });
  const answer = await response.text();
  for (const check of checks) expect(answer, `the forged call ran "${check.id}"`).not.toContain(check.id);
}
