// Loads the decision tree and quiz scenarios, checks the lessons they link to, and shapes them for islands.
import { getEntry } from 'astro:content';
import type { DecisionTree } from './decision-engine';
import { getLessons, lessonHref } from './lessons';
import { assertKnown } from './references';
import { getSandboxes, sandboxHref } from './sandboxes';

export interface LessonLink {
  title: string;
  href: string;
}

const treeFile = 'content/decisions/server-action-or-route-handler.yaml';

async function lessonLinks(): Promise<Record<string, LessonLink>> {
  const lessons = await getLessons();
  return Object.fromEntries(lessons.map((l) => [l.id, { title: l.data.title, href: lessonHref(l.id) }]));
}

export async function getDecisionTree() {
  const entry = await getEntry('decisions', 'server-action-or-route-handler');
  if (!entry) throw new Error(`The decision tree is missing: expected ${treeFile}.`);
  const lessons = await lessonLinks();
  const outcomes = entry.data.nodes.flatMap((n) => (n.kind === 'outcome' ? [n] : []));
  assertKnown(
    'lesson',
    outcomes.flatMap((n) => n.lessons.map((id) => ({ where: `${treeFile} (outcome "${n.id}")`, id }))),
    Object.keys(lessons),
  );
  const sandboxes = await getSandboxes();
  assertKnown(
    'example',
    outcomes.flatMap((n) => (n.example ? [{ where: `${treeFile} (outcome "${n.id}")`, id: n.example }] : [])),
    sandboxes.map((s) => s.id),
  );
  const examples: Record<string, LessonLink> = Object.fromEntries(sandboxes.map((s) => [s.id, { title: s.title, href: sandboxHref(s.id) }]));
  return { tree: entry.data as DecisionTree & { title: string }, lessons, examples };
}

const quizFile = 'content/quiz/decision-quiz.yaml';

export async function getQuiz() {
  const entry = await getEntry('quiz', 'decision-quiz');
  if (!entry) throw new Error(`The quiz is missing: expected ${quizFile}.`);
  const lessons = await lessonLinks();
  assertKnown(
    'lesson',
    entry.data.scenarios.map((s) => ({ where: `${quizFile} (scenario "${s.id}")`, id: s.lesson })),
    Object.keys(lessons),
  );
  return entry.data.scenarios.map((s) => ({ ...s, lessonLink: lessons[s.lesson]! }));
}

export type QuizItem = Awaited<ReturnType<typeof getQuiz>>[number];
