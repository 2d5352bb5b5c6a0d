// Tools for the attack tests: requests a browser or Playwright would refuse to send (forged Host, endless
// bodies, a declared size that never arrives), and a server that records whether the app called out to it.
import { request as httpRequest, createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const collect = (response: IncomingMessage) =>
  new Promise<RawResponse>((done, fail) => {
    const chunks: Buffer[] = [];
    response.on('data', (c: Buffer) => chunks.push(c));
    response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
    response.on('error', fail);
  });

/** Sends one request with exactly these headers (Host included, which fetch would not let us forge). */
export function rawRequest(
  base: string,
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const url = new URL(path, base);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, setHost: !('host' in lower(headers)) });
    req.on('response', (response) => collect(response).then(done, fail));
    req.on('error', fail);
    req.end(body);
  });
}

const lower = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

export interface FloodResult {
  /** The status of the answer (also when a reset cut it short), or 0 when the server closed the connection without answering. */
  status: number;
  text: string;
  /** How many body bytes had been written when the answer (or the close) arrived. */
  bytesSent: number;
  /** Whether the whole `upTo` bytes went out: the server read everything before it answered. */
  sentEverything: boolean;
}

interface FloodOptions {
  method?: string;
  headers?: Record<string, string>;
  upTo?: number;
  declare?: number;
  giveUpAfterMs?: number;
}

/**
 * Sends a body that goes on for `upTo` bytes (chunked, or with a declared Content-Length when `declare` is set)
 * and stops as soon as the server answers. A server that reads a body with a running limit answers long before
 * the end; one that buffers first answers only after `sentEverything`.
 *
 * A server that answers and closes while body bytes it never read sit in its socket makes its kernel send a reset
 * (RFC 9112, section 9.6, on "lingering close"). That reset can overtake the answer, and the client's kernel then
 * drops the answer unread. So when an attempt ends in a reset before any answer, after the server had stopped
 * reading, the flood is sent again, up to three attempts. A server that buffers everything never resets early,
 * and a server that never answers still fails every attempt.
 */
export async function flood(base: string, path: string, options: FloodOptions = {}): Promise<FloodResult> {
  let result = await floodOnce(base, path, options);
  for (let attempt = 2; attempt <= 3 && result.status === 0 && !result.sentEverything && /ECONNRESET|EPIPE/.test(result.text); attempt++) {
    result = await floodOnce(base, path, options);
  }
  return result;
}

function floodOnce(
  base: string,
  path: string,
  {
    method = 'POST',
    headers = {},
    upTo = 64 * 1024 * 1024,
    declare,
    giveUpAfterMs = 15_000,
  }: FloodOptions,
): Promise<FloodResult> {
  const url = new URL(path, base);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((done, fail) => {
    let bytesSent = 0;
    let answered = false;
    const req = httpRequest({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method,
      headers: declare === undefined ? headers : { ...headers, 'Content-Length': String(declare) },
    });
    const finish = (result: Omit<FloodResult, 'bytesSent' | 'sentEverything'>) => {
      if (answered) return;
      answered = true;
      done({ ...result, bytesSent, sentEverything: bytesSent >= upTo });
      req.destroy();
    };
    // The answer as far as it came. A server that stops reading may reset the connection right after its
    // answer; the reset can then be reported before the answer's end, so keep the status and the body so far.
    let answer: { status: number; chunks: Buffer[] } | undefined;
    const soFar = (fallback: string) =>
      answer ? { status: answer.status, text: Buffer.concat(answer.chunks).toString('utf8') } : { status: 0, text: fallback };
    req.on('response', (response) => {
      answer = { status: response.statusCode ?? 0, chunks: [] };
      response.on('data', (c: Buffer) => answer?.chunks.push(c));
      response.on('end', () => finish(soFar('')));
      response.on('error', () => finish(soFar('')));
    });
    req.on('error', (error) => (answered ? undefined : bytesSent > 0 || answer ? finish(soFar(String(error))) : fail(error)));
    req.on('close', () => finish(soFar('')));
    // A server that waits for a body that never ends never answers: report that instead of hanging the test.
    const timer = setTimeout(() => finish({ status: 0, text: `no answer within ${giveUpAfterMs} ms` }), giveUpAfterMs);
    req.on('close', () => clearTimeout(timer));
    const pump = () => {
      while (!answered && bytesSent < upTo) {
        bytesSent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      // Sent everything: wait for the answer. With a declared length the server may still be waiting for more.
      if (!answered && declare === undefined) req.end();
    };
    req.flushHeaders();
    pump();
  });
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** An attacker's server on loopback: it records every request that reaches it and answers 200. */
export async function attackerServer() {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    res.end('{"stolen":true}');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  return {
    host: `127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
