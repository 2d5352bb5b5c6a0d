// A reverse proxy in front of an example, as a reader would run nginx in front of `next start`: it appends the
// address that connected to it to X-Forwarded-For (nginx's $proxy_add_x_forwarded_for) and streams both ways. The
// examples that key a limit on the client address are tested through it, with TRUSTED_PROXY_COUNT=1, because a bare
// `next start` passes on whatever X-Forwarded-For a client writes. Test clients connect from different loopback
// addresses (127.0.0.2, 127.0.0.3 …: all of 127.0.0.0/8 is loopback on Linux) to be different clients to it.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, withServer } from './fixture';

export interface ForwardingProxy {
  url: string;
  close: () => Promise<void>;
}

export async function startForwardingProxy(target: string): Promise<ForwardingProxy> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const sent = req.headers['x-forwarded-for'];
    const peer = req.socket.remoteAddress ?? '';
    const headers: IncomingHttpHeaders = { ...req.headers, 'x-forwarded-for': sent ? `${sent}, ${peer}` : peer };
    const upstream = httpRequest({ hostname: to.hostname, port: to.port, path: req.url, method: req.method, headers });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
    // The client left before the answer ended: close the connection to the app too, as nginx does.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** A loopback address for client number `n` (1 to 250): the proxy sees each one as a client of its own. */
export const clientAddress = (n: number) => `127.0.0.${n + 1}`;

/**
 * The example fixture with the app behind the proxy: `baseURL` (and so `page` and `request`) goes through a proxy in
 * front of the worker's app. `ownServer: true` gives a test its own `next start` behind its own proxy: fresh limits,
 * for browser tests, whose requests all come from 127.0.0.1. (Test-scoped, so these tests share the worker, and the
 * build, of the example's other tests.)
 */
export const test = base.extend<{ ownServer: boolean }>({
  ownServer: [false, { option: true }],
  baseURL: async ({ app, ownServer }, use) => {
    const behind = async (url: string) => {
      const proxy = await startForwardingProxy(url);
      try {
        await use(proxy.url);
      } finally {
        await proxy.close();
      }
    };
    if (ownServer) await withServer(app.dir, app.env, (server) => behind(server.url));
    else await behind(app.url);
  },
});

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** Sends one request from client `from`'s loopback address (see clientAddress). */
export function sendFrom(
  from: number,
  url: string,
  { method = 'POST', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const target = new URL(url);
  return new Promise((done, fail) => {
    const req = httpRequest({ hostname: target.hostname, port: target.port, path: target.pathname + target.search, method, headers, localAddress: clientAddress(from) });
    req.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, text }));
      response.on('error', fail);
    });
    req.on('error', fail);
    req.end(body);
  });
}
