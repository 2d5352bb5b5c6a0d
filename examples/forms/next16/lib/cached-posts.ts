// The one cached read of the post list (Next.js 16 Cache Components). Every write expires the 'posts' tag.
import { cacheTag } from 'next/cache';
import { listPosts } from './posts';

export const postsTag = 'posts';

export async function getPosts() {
  'use cache';
  cacheTag(postsTag);
  return listPosts();
}
