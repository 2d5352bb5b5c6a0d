import type { Article } from '@/lib/cms';
import { isEditor } from '@/lib/editor-session';
import { signOutAction } from './actions';
import { EditArticleForm } from './edit-article-form';
import { EditorSignIn } from './editor-sign-in';

// What the page shows depends on the editor cookie; the actions check it again, since anyone can call them.
export async function Editor({ articles }: { articles: Article[] }) {
  if (!(await isEditor())) return <EditorSignIn />;
  return (
    <>
      <form action={signOutAction}>
        <p>Signed in as the editor. <button type="submit">Sign out</button></p>
      </form>
      <EditArticleForm articles={articles} />
    </>
  );
}
