'use server';

import { updateTag } from 'next/cache';
import { articlesTag } from '@/lib/cached-articles';
import { saveArticle, type FieldErrors } from '@/lib/cms';
import { formText } from '@/lib/request-body';

export type EditState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors; values: { slug: string; title: string; body: string } }
  | { status: 'success'; message: string };

// The editor's save button. Anyone can call this endpoint with any arguments: check it got a form and take only
// text fields. A real CMS would also check here that the caller is a signed-in editor.
export async function saveArticleAction(_prev: EditState, formData: FormData): Promise<EditState> {
  const form = formData instanceof FormData ? formData : new FormData();
  const slug = formText(form, 'slug');
  const title = formText(form, 'title');
  const body = formText(form, 'body');
  const result = await saveArticle({ slug, title, body });
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors, values: { slug: slug ?? '', title: title ?? '', body: body ?? '' } };
  // Read your own writes: the cached articles expire now, and because an action revalidated, this same response
  // carries /action re-rendered with the new content.
  updateTag(articlesTag);
  return { status: 'success', message: `Saved “${result.article.title}”.` };
}
