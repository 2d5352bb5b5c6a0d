// Node.js only (loaded by instrumentation.ts). Next.js writes the socket address into X-Forwarded-For only when
// the request has no such header (see `x-forwarded-for ??=` in next/dist/server/base-server.js), so a client that
// talks to `next start` directly can put any value there. Appending the socket address to every request, as a
// proxy would, means the rightmost entry is always the address that really connected.
import { Server, type IncomingMessage } from 'node:http';

const marked = Symbol.for('example.appendPeerAddress');

export function appendPeerAddress() {
  const proto = Server.prototype as Server & { [marked]?: boolean };
  if (proto[marked]) return;
  proto[marked] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...rest: unknown[]): boolean {
    if (event === 'request') {
      const request = rest[0] as IncomingMessage;
      const peer = request.socket.remoteAddress;
      const sent = request.headers['x-forwarded-for'];
      if (peer) request.headers['x-forwarded-for'] = sent ? `${sent}, ${peer}` : peer;
    }
    return Reflect.apply(emit, this, [event, ...rest]);
  } as Server['emit'];
}
