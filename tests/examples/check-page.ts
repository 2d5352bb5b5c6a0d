// Reads an example's /check page: which of its checks (examples/<id>/lib/checks.ts) it reports as passed.
import { expect, type Page } from '@playwright/test';

export interface CheckEntry {
  readonly id: string;
  readonly title: string;
  readonly hint: string;
}

/** Opens `<base>/check` and returns the ids of the checks it reports as failed, after checking the page's shape. */
export async function failedChecks(page: Page, base: string, checks: readonly CheckEntry[]): Promise<string[]> {
  await page.goto(`${base}/check`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your fix' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Checks' });
  await expect(list.getByRole('listitem')).toHaveCount(checks.length);
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
