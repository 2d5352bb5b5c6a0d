import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { configuredSecret } from './configured-secret';

// The editor's sign-in, kept small: one password from configuration, and a signed cookie that says "editor until
// <time>". As in the auth example, the cookie is httpOnly and SameSite=Lax, and what matters is that every action
// that writes checks it (app/action/actions.ts): the page hiding the form protects nothing.

const cookieName = 'editor_session';
const maxAgeSeconds = 8 * 60 * 60;

/** EDITOR_PASSWORD; a production server refuses to run without one (lib/configured-secret.ts). */
const editorPassword = () => configuredSecret('EDITOR_PASSWORD', 'editor-demo-password');

// The key that signs the cookie is derived from the password, so changing the password signs every editor out.
const signatureOf = (expires: string) => createHmac('sha256', `editor-session:${editorPassword()}`).update(expires).digest();
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
