import Link from 'next/link';
import { UploadsList } from '../uploads-list';
import { UploadForm } from './upload-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
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
