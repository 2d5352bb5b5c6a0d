import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const capture = (id: string, target: 'next15' | 'next16' = 'next16') =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/wire/${target}/${id}.json`), 'utf8'));

test('user can open the recorded request and response of each side of a pair, on Next 16 first', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const pair = page.locator('sandbox-pair');
  const { serverAction, routeHandler } = capture('forms').sides;

  // Collapsed at first; the summary already says what was sent and what came back.
  const actionWire = pair.getByText(`On the wire, Server Action (Next 16): ${serverAction.request.method} ${serverAction.request.path} → ${serverAction.response.status}`);
  await expect(actionWire).toBeVisible();
  const actionRequest = page.getByRole('region', { name: 'Code: forms: Server Action request (Next 16)' });
  await expect(actionRequest).toBeHidden();

  // Keyboard: focus the summary and press Enter.
  await actionWire.focus();
  await page.keyboard.press('Enter');
  await expect(actionRequest).toBeVisible();
  await expect(actionRequest).toContainText(`next-action: ${serverAction.request.headers.find(([n]: string[]) => n === 'next-action')[1]}`);
  await expect(actionRequest).toContainText('name="_1_title"');
  await expect(page.getByRole('region', { name: 'Code: forms: Server Action response (Next 16)' })).toContainText('content-type: text/x-component');

  // The other side, on a phone, where the pair shows as tabs.
  await page.setViewportSize({ width: 390, height: 844 });
  await pair.getByRole('tab', { name: 'Route Handler' }).click();
  await pair.getByText(`On the wire, Route Handler (Next 16): POST ${routeHandler.request.path} → ${routeHandler.response.status}`).click();
  const handlerRequest = page.getByRole('region', { name: 'Code: forms: Route Handler request (Next 16)' });
  await expect(handlerRequest).toContainText('content-type: application/json');
  await expect(handlerRequest).toContainText('{"title":"Hello"');
  await expect(page.getByRole('region', { name: 'Code: forms: Route Handler response (Next 16)' })).toContainText(`HTTP/1.1 ${routeHandler.response.status}`);
});

test('user reading how actions work sees a real action call, arguments and return value included', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  await page.getByText('On the wire, Server Action (Next 16): POST /action').click();
  const request = page.getByRole('region', { name: 'Code: mutations: Server Action request (Next 16)' });
  await expect(request).toContainText('accept: text/x-component');
  await expect(request).toContainText('[2,true]');
  await expect(page.getByRole('region', { name: 'Code: mutations: Server Action response (Next 16)' })).toContainText('1:{"ok":true}');
});

test('user who chose Next 15 sees the recording from the 15.4 sandbox instead', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const pair = page.locator('sandbox-pair');
  const next15 = capture('forms', 'next15').sides.serverAction;
  await expect(pair.getByText('On the wire, Server Action (Next 15)')).toBeHidden();
  await page.getByRole('group', { name: 'This lesson follows' }).getByRole('button', { name: 'Next 15 (sandbox)' }).click();
  await expect(pair.getByText('On the wire, Server Action (Next 16)')).toBeHidden();
  await pair.getByText(`On the wire, Server Action (Next 15): ${next15.request.method} ${next15.request.path} → ${next15.response.status}`).click();
  await expect(page.getByRole('region', { name: 'Code: forms: Server Action request (Next 15)' })).toContainText(next15.request.headers.find(([n]: string[]) => n === 'next-action')[1]);
  // The choice holds on the next page.
  await page.goto('/lessons/how-server-actions-work/');
  await expect(page.getByText('On the wire, Server Action (Next 15): POST /action')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`an opened recording passes axe in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/lessons/webhooks/');
    // Open every recording, including the one on a tab that is not showing.
    await page.locator('sandbox-pair details.wire').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect(page.getByRole('region', { name: 'Code: webhooks: Server Action response' })).toBeVisible();
    expect(await axeViolations(page, ['sandbox-pair'])).toEqual([]);
  });
}
