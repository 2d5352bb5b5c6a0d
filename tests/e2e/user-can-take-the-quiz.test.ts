import { expect, test } from '@playwright/test';
import { labels, scenarios, wrongFor } from './quiz-data';

test('user can take the quiz and see the score, then retry the ones they missed', async ({ page }) => {
  await page.goto('/quiz/');
  const quiz = page.getByRole('region', { name: 'Quiz' });
  const missed = scenarios.slice(0, 2).map((s) => s.id);

  for (const s of scenarios) {
    const card = quiz.getByRole('article', { name: s.title });
    const pick = missed.includes(s.id) ? wrongFor(s.answer) : s.answer;
    await card.getByRole('button', { name: labels[pick], exact: true }).click();
    const feedback = card.getByRole('status');
    await expect(feedback).toContainText(missed.includes(s.id) ? `Not quite: the best choice is ${labels[s.answer]}.` : 'Correct.');
    await expect(feedback.getByRole('link')).toHaveAttribute('href', /\/lessons\//);
  }

  const total = scenarios.length;
  await expect(quiz.getByRole('heading', { name: 'Your score' })).toBeVisible();
  await expect(quiz.getByText(`${total - 2} of ${total}`, { exact: true })).toBeVisible();

  await quiz.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(quiz.getByRole('article')).toHaveCount(2);
  for (const s of scenarios.slice(0, 2)) {
    await quiz.getByRole('article', { name: s.title }).getByRole('button', { name: labels[s.answer], exact: true }).click();
  }
  await expect(quiz.getByText(`${total} of ${total}`, { exact: true })).toBeVisible();
  await quiz.getByRole('button', { name: 'Show all scenarios' }).click();
  await expect(quiz.getByRole('article')).toHaveCount(total);
});

test('user keeps quiz progress after reload, and can reset it', async ({ page }) => {
  await page.goto('/quiz/');
  const quiz = page.getByRole('region', { name: 'Quiz' });
  const [first, second] = scenarios;
  await quiz.getByRole('article', { name: first!.title }).getByRole('button', { name: labels[first!.answer], exact: true }).click();
  await quiz.getByRole('article', { name: second!.title }).getByRole('button', { name: labels[wrongFor(second!.answer)], exact: true }).click();
  await expect(quiz.getByText(`Answered 2 of ${scenarios.length}`)).toBeVisible();

  await page.reload();
  await expect(quiz.getByText(`Answered 2 of ${scenarios.length}`)).toBeVisible();
  const firstCard = quiz.getByRole('article', { name: first!.title });
  await expect(firstCard.getByRole('button', { name: labels[first!.answer], exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(quiz.getByRole('article', { name: second!.title }).getByRole('status')).toContainText('Not quite');

  await quiz.getByRole('button', { name: 'Reset the quiz' }).click();
  await expect(quiz.getByText(`Answered 0 of ${scenarios.length}`)).toBeVisible();
  await page.reload();
  await expect(quiz.getByText(`Answered 0 of ${scenarios.length}`)).toBeVisible();
});
