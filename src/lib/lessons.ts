// Loads the lessons collection once, in course order; pages and layouts read it from here.
import { getCollection } from 'astro:content';
import { sortLessons } from './lesson-order';

export async function getLessons() {
  return sortLessons(await getCollection('lessons'));
}

export const lessonHref = (id: string) => `/lessons/${id}/`;
