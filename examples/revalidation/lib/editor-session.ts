import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { configuredSecret } from './configured-secret';

// The editor's sign-in, kept small: one password from configuration, and a signed cookie that says "editor until
// <time>". As in the auth example, the cookie is httpOnly and SameSite=Lax, and what matters is that every action
// that writes checks it (app/action/actions.ts): the page hiding the form protects nothing.

const cookieName = 'editor_session';
const maxAgeSeconds = 8 * 60 * 60;

/** EDITOR_PASSWORD: 16 characters or more on a production server, which refuses to run without one. */
function editorPassword(): string {
  const password = configuredSecret('EDITOR_PASSWORD', 'editor-demo-password');
  // Long enough that guessing it online is hopeless: the sign-in has no limit of its own.
  if (process.env.NODE_ENV === 'production' && password.length < 16) throw new Error('EDITOR_PASSWORD must be 16 characters or more.');
  return password;
}

// The cookie is signed with a key made from a server secret and the password: a stolen cookie cannot be used to test
// password guesses offline, and changing either one signs every editor out.
const signingKey = () => createHmac('sha256', configuredSecret('EDITOR_SESSION_SECRET', 'editor-session-demo-secret')).update(editorPassword()).digest();
const signatureOf = (expires: string) => createHmac('sha256', signingKey()).update(expires).digest();
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Sets the editor cookie when `password` is right. Compared as digests in constant time, so the timing tells nothing. */
export async function signInEditor(password: string): Promise<boolean> {
  if (!timingSafeEqual(digest(password), digest(editorPassword()))) return false;
  const expires = String(Math.floor(Date.now() / 1000) + maxAgeSeconds);
  (await cookies()).set(cookieName, `${expires}.${signatureOf(expires).toString('base64url')}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production', // HTTPS only once deployed; `next dev` runs on plain http
    path: '/',
    maxAge: maxAgeSeconds,
  });
  return true;
}

/** True when the request carries an editor cookie this server signed and that has not expired. */
export async function isEditor(): Promise<boolean> {
  const [expires = '', signature = ''] = ((await cookies()).get(cookieName)?.value ?? '').split('.');
  if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 <= Date.now()) return false;
  const given = Buffer.from(signature, 'base64url');
  const expected = signatureOf(expires);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function signOutEditor() {
  (await cookies()).delete(cookieName);
}
