// The sidebar's progress, read from storage: lessons done, "Check yourself" answers per lesson, challenges done.
// Loaded when the sidebar comes into view (islands.ts: at once on a wide screen, when the menu opens on a narrow
// one). The outline itself is plain links; what progress is counted against (each lesson's question ids, the
// challenges' keys) comes from /course-progress.json. The widgets that change progress call paintSidebar, the one
// place that paints it.
import type { CourseProgressIds } from '~/pages/course-progress.json';
import { answeredSummary, browserStorage, challengeProgressKey, readAnswers, readDone, summary } from '~/lib/progress-store';

let ids: Promise<CourseProgressIds> | undefined;
const progressIds = () =>
  (ids ??= fetch('/course-progress.json').then((response) => {
    if (!response.ok) throw new Error(`/course-progress.json answered ${response.status}`);
    return response.json() as Promise<CourseProgressIds>;
  }));

/** The lesson id of an outline link, from its href (/lessons/<id>/). */
const lessonIdOf = (link: HTMLAnchorElement) => /^\/lessons\/([^/]+)\/$/.exec(link.pathname)?.[1];

/** The mark inside a link's title, created the first time it is needed. */
function mark(link: HTMLAnchorElement, className: string, build: (span: HTMLSpanElement) => void): HTMLSpanElement {
  let span = link.querySelector<HTMLSpanElement>(`.${className}`);
  if (!span) {
    span = document.createElement('span');
    span.className = className;
    build(span);
    link.querySelector('.title')!.append(span);
  }
  return span;
}

export async function paintSidebar(): Promise<void> {
  const storage = browserStorage();
  const links = [...document.querySelectorAll<HTMLAnchorElement>('#course-sidebar a')].filter((link) => lessonIdOf(link));
  const done = readDone(storage);
  for (const link of links) {
    const isDone = done.has(lessonIdOf(link)!);
    link.classList.toggle('done', isDone);
    if (isDone || link.querySelector('.done-text')) {
      mark(link, 'done-text', (span) => {
        span.classList.add('sr-only');
        span.textContent = ' (done)';
      }).hidden = !isDone;
    }
  }
  const line = document.querySelector<HTMLElement>('[data-progress-summary]');
  if (line) line.textContent = summary(done, links.map((l) => lessonIdOf(l)!)).text;

  let known: CourseProgressIds;
  try {
    known = await progressIds();
  } catch {
    return; // The counts stay as the page showed them; nothing stored is touched.
  }
  // "3/3" (read out as "questions: 3 of 3 answered") in the entry of each lesson with answers.
  const answers = readAnswers(storage, known.questions);
  for (const link of links) {
    const id = lessonIdOf(link)!;
    const answered = answeredSummary(answers, id, known.questions[id] ?? []);
    if (answered.answered === 0 && !link.querySelector('.checks')) continue;
    const badge = mark(link, 'checks', (span) => {
      const short = document.createElement('span');
      short.setAttribute('aria-hidden', 'true');
      const long = document.createElement('span');
      long.className = 'sr-only';
      span.append(short, long);
    });
    badge.hidden = answered.answered === 0;
    badge.firstElementChild!.textContent = `${answered.answered}/${answered.total}`;
    badge.lastElementChild!.textContent = ` (questions: ${answered.text})`;
  }

  // "2 of 8 challenges done".
  const challenges = document.querySelector<HTMLElement>('#course-sidebar [data-challenge-summary]');
  if (challenges) {
    const finished = readDone(storage, challengeProgressKey);
    challenges.textContent = `${known.challenges.filter((k) => finished.has(k)).length} of ${known.challenges.length} challenges done`;
  }
}

void paintSidebar();
// Progress changed in another tab of the site.
addEventListener('storage', () => void paintSidebar());
