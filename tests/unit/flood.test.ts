// The attack tests' flooding client must report the answer a server sent just before it reset the
// connection. A server that stops reading an endless body answers 413 and drops the socket with the rest
// unread, and the reset can reach the client before it has finished reading that answer.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { flood } from '../examples/attack';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let read = 0;
    req.on('data', (chunk: Buffer) => {
      read += chunk.byteLength;
      if (read <= 256 * 1024 || res.headersSent) return;
      req.pause();
      res.writeHead(413, { 'Content-Type': 'text/plain' });
      // Reset (not close) with the body unread: after the whole answer, or after its first chunk only.
      if (req.url === '/whole') res.end('Body over the limit', () => req.socket.resetAndDestroy());
      else res.write('Body over the limit', () => req.socket.resetAndDestroy());
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

for (const path of ['/whole', '/cut-short']) {
  test(`a flood reports the 413 a server sent before resetting the connection (${path})`, async () => {
    for (let round = 0; round < 50; round++) {
      const answer = await flood(base, path, { headers: { 'Content-Type': 'text/plain' }, upTo: 8 * 1024 * 1024 });
      expect(answer.status, `round ${round}: ${answer.text}`).toBe(413);
      expect(answer.text).toBe('Body over the limit');
      expect(answer.sentEverything).toBe(false);
    }
  });
}

test('a flood reports status 0 when the server closes without answering', async () => {
  const silent = createServer((req) => req.once('data', () => req.socket.resetAndDestroy()));
  await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
  try {
    const answer = await flood(`http://127.0.0.1:${(silent.address() as { port: number }).port}`, '/', { upTo: 8 * 1024 * 1024 });
    expect(answer.status).toBe(0);
    expect(answer.sentEverything).toBe(false);
  } finally {
    await new Promise<void>((closed) => silent.close(() => closed()));
  }
});
