import Link from 'next/link';
import { getArticles } from '@/lib/cached-articles';
import { ArticleList } from '../article-list';
import { EditArticleForm } from './edit-article-form';
import { EditorSignIn } from './editor-sign-in';

// No `export const dynamic`: Cache Components does not allow it. The articles come from the cached, tagged read.
export default async function ActionPage() {
  const { articles, fetchedAt } = await getArticles();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Edit an article with a Server Action</h1>
      <p>
        Sign in as the editor (the password is <code>editor-demo-password</code> under <code>npm run dev</code>; set{' '}
        <code>EDITOR_PASSWORD</code> in production). Saving writes to the CMS and expires the cached articles in the
        same request, so the answer already shows your change.
      </p>
      <EditorSignIn />
      <EditArticleForm articles={articles} />
      <ArticleList articles={articles} fetchedAt={fetchedAt} />
    </>
  );
}
