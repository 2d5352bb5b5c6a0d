// What the reader's progress is counted against, for the sidebar's script (components/site/sidebar-progress.ts):
// each lesson's "Check yourself" question ids and every challenge's key. A file of its own, fetched when the sidebar
// first shows, so that every page's outline stays plain links.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getChallenges } from '~/lib/challenge-projects';

export interface CourseProgressIds {
  /** Lesson id → its questions' ids. */
  questions: Record<string, string[]>;
  /** Every challenge's key. */
  challenges: string[];
}

export const GET: APIRoute = async () => {
  const ids: CourseProgressIds = {
    questions: Object.fromEntries((await getCollection('checks')).map((c) => [c.id, c.data.questions.map((q) => q.id)])),
    challenges: (await getChallenges()).map((c) => c.key),
  };
  return new Response(JSON.stringify(ids), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
