'use client';

import { useActionState, useState } from 'react';
import type { Article } from '@/lib/cms';
import { saveArticleAction, type EditState } from './actions';

export function EditArticleForm({ articles }: { articles: Article[] }) {
  const [state, formAction, pending] = useActionState<EditState, FormData>(saveArticleAction, { status: 'idle' });
  const [slug, setSlug] = useState(articles[0]?.slug ?? '');
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const current = articles.find((a) => a.slug === slug) ?? articles[0];
  const values = state.status === 'error' ? state.values : { title: current?.title ?? '', body: current?.body ?? '' };

  return (
    // Works before hydration too: React renders a real form post that Next.js routes to the action.
    <form action={formAction}>
      <label htmlFor="slug">Article</label>
      <select id="slug" name="slug" value={slug} onChange={(e) => setSlug(e.target.value)} aria-describedby="slug-error">
        {articles.map((a) => (
          <option key={a.slug} value={a.slug}>{a.slug}</option>
        ))}
      </select>
      <p id="slug-error" className="error">{errors.slug?.join(' ')}</p>
      {/* A new key when the article or the saved content changes resets the fields to it. */}
      <div key={`${slug}:${current?.updatedAt}:${state.status}`}>
        <label htmlFor="title">Title</label>
        <input id="title" name="title" defaultValue={values.title} aria-describedby="title-error" />
        <p id="title-error" className="error">{errors.title?.join(' ')}</p>
        <label htmlFor="body">Body</label>
        <textarea id="body" name="body" rows={3} defaultValue={values.body} aria-describedby="body-error" />
        <p id="body-error" className="error">{errors.body?.join(' ')}</p>
      </div>
      <button type="submit" disabled={pending}>{pending ? 'Saving…' : 'Save article'}</button>
      <p role="status" className={state.status === 'refused' ? 'error' : 'success'}>{state.status === 'success' || state.status === 'refused' ? state.message : ''}</p>
    </form>
  );
}
