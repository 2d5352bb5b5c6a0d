// The session cookie's name, in a file of its own: a proxy can import it. (On Next 15 a proxy runs on the Edge
// runtime, which cannot load lib/session.ts: node:crypto and the database.)
export const sessionCookie = 'session';
