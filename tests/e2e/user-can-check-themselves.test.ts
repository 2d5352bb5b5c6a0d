import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { Checks } from '../../src/lib/checks';

// The forms lesson's questions, read from the same file the page is built from. Backticks mark code in the file;
// on the page they are <code> elements, so accessible names have no backticks.
const plain = (text: string) => text.replaceAll('`', '');
const checks = parse(readFileSync(resolve(import.meta.dirname, '../../content/checks/forms.yaml'), 'utf8')) as Checks;
const questions = checks.questions.map((q) => ({
  name: plain(q.question),
  right: q.choices.find((c) => c.correct)!,
  wrong: q.choices.find((c) => !c.correct)!,
  choices: q.choices,
}));
const total = questions.length;

const checkYourself = (page: Page) => page.getByRole('region', { name: 'Check yourself' });

test('user can answer a lesson\'s questions and see why', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const region = checkYourself(page);
  await expect(page.getByRole('region', { name: 'Recap' }).getByRole('listitem')).toHaveCount(checks.recap.length);
  await expect(region.getByText(`0 of ${total} answered`)).toBeVisible();

  const [first, second] = questions;
  const group = region.getByRole('group', { name: first!.name });
  await group.getByRole('radio', { name: plain(first!.wrong.text) }).check();
  const feedback = group.getByRole('status');
  await expect(feedback).toContainText(`Not quite. ${plain(first!.wrong.explanation)}`);
  await expect(group.getByRole('radio', { name: plain(first!.right.text) })).toBeDisabled();
  // With the script running, the feedback gives the answer; the no-JS "Show the answer" is not there twice.
  await expect(group.getByText('Show the answer')).toBeHidden();
  await expect(region.getByText(`1 of ${total} answered`)).toBeVisible();

  await group.getByRole('button', { name: 'Try again' }).click();
  await expect(feedback).toBeEmpty();
  await expect(region.getByText(`0 of ${total} answered`)).toBeVisible();
  await group.getByRole('radio', { name: plain(first!.right.text) }).check();
  await expect(feedback).toContainText(`Correct. ${plain(first!.right.explanation)}`);

  // Keyboard: arrow keys only move between the choices; Space answers with the focused one.
  const secondGroup = region.getByRole('group', { name: second!.name });
  const [a, b] = second!.choices;
  await secondGroup.getByRole('radio', { name: plain(a!.text) }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(secondGroup.getByRole('radio', { name: plain(b!.text) })).toBeFocused();
  await expect(secondGroup.getByRole('status')).toBeEmpty();
  await page.keyboard.press('Space');
  await expect(secondGroup.getByRole('status')).toContainText(`${b!.correct ? 'Correct.' : 'Not quite.'} ${plain(b!.explanation)}`);
  await expect(region.getByText(`2 of ${total} answered`)).toBeVisible();
});

// The outline entry may also say "(done)": reaching the questions at the end of a lesson can mark it as done.
const answeredName = (count: number) => new RegExp(`^\\d+\\. Forms .*\\(questions: ${count} of ${total} answered\\)`);

test('user sees their answers counted in course progress', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  const formsLink = outline.getByRole('link', { name: /^\d+\. Forms/ });
  await expect(formsLink).not.toHaveAccessibleName(/answered/);

  const region = checkYourself(page);
  for (const q of questions) {
    await region.getByRole('group', { name: q.name }).getByRole('radio', { name: plain(q.right.text) }).check();
  }
  await expect(region.getByText(`${total} of ${total} answered`)).toBeVisible();
  await expect(formsLink).toHaveAccessibleName(answeredName(total));

  await page.reload();
  await expect(checkYourself(page).getByText(`${total} of ${total} answered`)).toBeVisible();
  const first = checkYourself(page).getByRole('group', { name: questions[0]!.name });
  await expect(first.getByRole('radio', { name: plain(questions[0]!.right.text) })).toBeChecked();
  await expect(first.getByRole('status')).toContainText('Correct.');

  // Every lesson's outline shows it, and trying a question again takes it off the count.
  await page.goto('/lessons/webhooks/');
  await expect(formsLink).toHaveAccessibleName(answeredName(total));
  await page.goto('/lessons/forms/');
  // The questions' script loads as the reader scrolls toward them, and shows the stored answers.
  await checkYourself(page).scrollIntoViewIfNeeded();
  await first.getByRole('button', { name: 'Try again' }).click();
  await expect(formsLink).toHaveAccessibleName(answeredName(total - 1));
});

test('answered questions and their count in the outline stay accessible in both themes', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const region = checkYourself(page);
  const [first, second] = questions;
  await region.getByRole('group', { name: first!.name }).getByRole('radio', { name: plain(first!.wrong.text) }).check();
  await region.getByRole('group', { name: second!.name }).getByRole('radio', { name: plain(second!.right.text) }).check();
  await expect(region.getByText(`2 of ${total} answered`)).toBeVisible();
  for (const theme of ['light', 'dark'] as const) {
    // The theme is chosen before first paint; the answers come back from storage after the reload.
    await page.emulateMedia({ colorScheme: theme });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(region.getByText(`2 of ${total} answered`)).toBeVisible();
    expect(await axeViolations(page, ['.recap', '.check-yourself', '#course-sidebar']), `axe in the ${theme} theme`).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('user without JavaScript can read the questions and reveal the answers', async ({ page }) => {
    await page.goto('/lessons/forms/');
    const region = checkYourself(page);
    await expect(page.getByRole('heading', { name: 'Recap', level: 2 })).toBeVisible();
    for (const q of questions) await expect(region.getByRole('group', { name: q.name })).toBeVisible();
    const [first] = questions;
    const group = region.getByRole('group', { name: first!.name });
    for (const choice of first!.choices) await expect(group.getByRole('radio', { name: plain(choice.text) })).toBeVisible();

    const answer = group.locator('details');
    const explanation = answer.getByText(plain(first!.right.explanation));
    await expect(explanation).toBeHidden();
    await answer.getByText('Show the answer').click();
    await expect(explanation).toBeVisible();
    await expect(answer.getByText(plain(first!.right.text), { exact: true })).toBeVisible();
    await expect(region.getByText(/answered$/)).toBeHidden();
  });
});
