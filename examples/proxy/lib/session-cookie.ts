// The session cookie's name, in a file of its own: the proxy imports it, and on Next 15 the proxy runs on the Edge
// runtime, which cannot load lib/session.ts (node:crypto and the database).
export const sessionCookie = 'session';
