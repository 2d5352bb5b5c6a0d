import Link from 'next/link';
import { UploadsList } from '../uploads-list';
import { UploadClient } from './upload-client';

export const dynamic = 'force-dynamic';

export default function HandlerPage() {
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
