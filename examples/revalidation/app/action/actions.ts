'use server';

import { revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { articlesTag } from '@/lib/cached-articles';
import { saveArticle, type FieldErrors } from '@/lib/cms';
import { isEditor, signInEditor, signOutEditor } from '@/lib/editor-session';
import { formText } from '@/lib/request-body';

export type EditState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors; values: { slug: string; title: string; body: string } }
  | { status: 'refused' | 'success'; message: string };

export type SignInState = { status: 'idle' } | { status: 'error' | 'signed-in'; message: string };

// The editor's save button. Anyone can call this endpoint, signed in or not, with any arguments: check who is
// calling first, then that it got a form, and take only text fields.
export async function saveArticleAction(_prev: EditState, formData: FormData): Promise<EditState> {
  if (!(await isEditor())) return { status: 'refused', message: 'Sign in as the editor to save.' };
  const form = formData instanceof FormData ? formData : new FormData();
  const slug = formText(form, 'slug');
  const title = formText(form, 'title');
  const body = formText(form, 'body');
  const result = await saveArticle({ slug, title, body });
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors, values: { slug: slug ?? '', title: title ?? '', body: body ?? '' } };
  // Read your own writes: the cached articles expire now, and because an action revalidated, this same response
  // carries /action re-rendered with the new content.
  revalidateTag(articlesTag);
  return { status: 'success', message: `Saved “${result.article.title}”.` };
}

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const password = formData instanceof FormData ? formText(formData, 'password') : undefined;
  if (!password || !(await signInEditor(password))) return { status: 'error', message: 'Wrong password.' };
  return { status: 'signed-in', message: 'Signed in as the editor.' };
}

export async function signOutAction() {
  await signOutEditor();
  // Post/Redirect/Get: after signing out there is nothing to say, so send the browser to the page with a GET.
  // Without JavaScript that is a 303, and reloading the page does not post the form again. redirect() works by
  // throwing: call it last, never inside a try/catch that would swallow it.
  redirect('/action');
}
