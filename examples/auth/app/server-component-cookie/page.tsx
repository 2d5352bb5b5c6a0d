import Link from 'next/link';
import { cookies } from 'next/headers';

// A page cannot set or delete cookies: by the time it renders, the response may already be streaming, and its
// headers are gone. Next.js throws instead; this page catches the error to show it.
export default async function ServerComponentCookiePage() {
  let error = 'No error: the cookie was set.';
  try {
    (await cookies()).set('from-a-page', 'yes');
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Setting a cookie while rendering a page</h1>
      <p>What Next.js said:</p>
      <pre role="status">{error}</pre>
    </>
  );
}
