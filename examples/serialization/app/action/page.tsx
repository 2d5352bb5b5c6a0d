import Link from 'next/link';
import { revalidatePath } from 'next/cache';
import { listMyDocuments, stopSharingByRow } from '@/lib/documents';
import { shareAction } from './actions';
import { PagePayload } from './page-payload';
import { ShareForm } from './share-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const documents = listMyDocuments();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Share documents with Server Actions</h1>
      <p>Signed in as ada.</p>
      {documents.map(({ rowId, document }) => (
        <section key={document.id} aria-labelledby={`${document.id}-title`}>
          <h2 id={`${document.id}-title`}>{document.title}</h2>
          <p>Shared with: {document.sharedWith.join(', ') || 'nobody'}</p>
          {/* .bind writes the id into the page as it is: the browser sees it and sends it back. */}
          <ShareForm title={document.title} action={shareAction.bind(null, document.id)} />
          <StopSharing rowId={rowId} title={document.title} />
        </section>
      ))}
      <PagePayload />
    </>
  );
}

function StopSharing({ rowId, title }: { rowId: string; title: string }) {
  // An inline Server Action that closes over rowId. Next.js encrypts the captured value into the page and decrypts
  // it when the action is called, so the browser never sees the row id in plain text. Encrypted is not secret,
  // though: keep real secrets out of closures and look them up on the server instead.
  async function stopSharing() {
    'use server';
    stopSharingByRow(rowId);
    revalidatePath('/action');
  }
  return (
    <form action={stopSharing}>
      <button type="submit">Stop sharing {title}</button>
    </form>
  );
}
