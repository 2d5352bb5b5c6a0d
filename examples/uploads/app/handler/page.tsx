import Link from 'next/link';
import { UploadsList } from '../uploads-list';
import { UploadClient } from './upload-client';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Upload through a streaming Route Handler</h1>
      <UploadClient />
      <h2>Uploads</h2>
      <UploadsList />
    </>
  );
}
