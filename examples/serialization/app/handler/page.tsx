import Link from 'next/link';
import { DocumentsClient } from './documents-client';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Share documents with Route Handlers</h1>
      <p>Signed in as ada. This page loads everything with <code>fetch</code> and shows the JSON each handler answered.</p>
      <DocumentsClient />
    </>
  );
}
