// Unit tests of the handler: its exported POST called with a Request built in the test. No server and no Next.js
// request context, so the session comes from the mocked Data Access Layer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { POST } from '@/app/api/notes/route';
import { verifySession } from '@/lib/dal';

vi.mock('@/lib/dal', () => ({ verifySession: vi.fn() })); // hoisted above the imports

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(new NextRequest('http://localhost/api/notes', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }));

beforeEach(() => {
  vi.mocked(verifySession).mockResolvedValue({ userId: 'user-1' });
});

describe('POST /api/notes', () => {
  it('creates a note: 201 and the note', async () => {
    const response = await post(JSON.stringify({ text: 'Buy milk' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ note: { text: 'Buy milk' } });
  });

  it('takes a post from its own origin: Origin names the host the request was sent to', async () => {
    const response = await post(JSON.stringify({ text: 'Hi' }), { Origin: 'https://notes.example', Host: 'notes.example' });
    expect(response.status).toBe(201);
  });

  it('answers each failure with its status', async () => {
    expect((await post(JSON.stringify({ text: '' }))).status).toBe(422);
    expect((await post('{"text":')).status).toBe(400);
    expect((await post(JSON.stringify({ text: 'Hi' }), { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post(JSON.stringify({ text: 'Hi'.repeat(2500) }))).status).toBe(413);
    expect((await post(JSON.stringify({ text: 'Hi' }), { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post(JSON.stringify({ text: 'Hi' }), { Origin: 'https://evil.example', Host: 'notes.example' })).status).toBe(403);
    vi.mocked(verifySession).mockResolvedValue(null);
    expect((await post(JSON.stringify({ text: 'Hi' }))).status).toBe(401);
  });
});
