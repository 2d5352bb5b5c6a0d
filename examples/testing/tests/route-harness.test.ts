// The handler in a Next-like harness (next-test-api-route-handler): Next.js's own route module runs it, so
// cookies() and headers() work as in a request. Nothing is mocked here: the session is a real row and the cookie a
// real header, which the plain unit tests (route.test.ts) replace at the Data Access Layer.
import { testApiHandler } from 'next-test-api-route-handler'; // must come first: it prepares Next.js's internals
import { describe, expect, it } from 'vitest';
import * as appHandler from '@/app/api/notes/route';
import { sessionCookie, startSession } from '@/lib/session';

const guest = () => {
  const started = startSession();
  if (!started.ok) throw new Error('No session budget left in the test.');
  return started.token;
};

describe('/api/notes in a Next-like request', () => {
  it('reads the session from the cookie the request carries', async () => {
    const token = guest();
    await testApiHandler({
      appHandler,
      requestPatcher: (request) => request.headers.set('Cookie', `${sessionCookie}=${token}`),
      async test({ fetch }) {
        const created = await fetch({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'Buy milk' }) });
        expect(created.status).toBe(201);
        const listed = await fetch({ method: 'GET' });
        expect(await listed.json()).toMatchObject({ notes: [{ text: 'Buy milk' }] });
      },
    });
  });

  it('refuses a forged or missing cookie with 401', async () => {
    for (const cookie of [`${sessionCookie}=forged`, '']) {
      await testApiHandler({
        appHandler,
        requestPatcher: (request) => (cookie ? request.headers.set('Cookie', cookie) : undefined),
        async test({ fetch }) {
          const response = await fetch({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"Buy milk"}' });
          expect(response.status).toBe(401);
        },
      });
    }
  });

  it('refuses another site’s page with 403, before it reads the session', async () => {
    const token = guest();
    await testApiHandler({
      appHandler,
      requestPatcher: (request) => {
        request.headers.set('Cookie', `${sessionCookie}=${token}`);
        request.headers.set('Sec-Fetch-Site', 'cross-site');
      },
      async test({ fetch }) {
        const response = await fetch({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"Buy milk"}' });
        expect(response.status).toBe(403);
      },
    });
  });
});
