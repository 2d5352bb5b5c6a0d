import Link from 'next/link';
import { UploadsList } from '../uploads-list';
import { UploadForm } from './upload-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Upload with a Server Action</h1>
      <UploadForm />
      <h2>Uploads</h2>
      <UploadsList />
    </>
  );
}
