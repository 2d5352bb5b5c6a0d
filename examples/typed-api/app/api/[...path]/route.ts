import { OpenAPIHandler } from '@orpc/openapi/fetch';
import { onError, ORPCError } from '@orpc/server';
import { BodyLimitPlugin } from '@orpc/server/fetch';
import { ResponseHeadersPlugin } from '@orpc/server/plugins';
import { router } from '@/lib/api';

// Every path under /api/ that is not a file of its own: oRPC matches it against the contract's routes, so
// POST /api/v2/tasks runs v2.tasks.create. A body over 4 KB is cut off with 413 before it is parsed.
const handler = new OpenAPIHandler(router, {
  plugins: [new BodyLimitPlugin({ maxBodySize: 4096 }), new ResponseHeadersPlugin()],
  // oRPC answers an unexpected error with a bare 500 and logs nothing: the log gets it here, the client does not.
  interceptors: [onError((error) => (!(error instanceof ORPCError) || error.status >= 500 ? console.error('API call failed:', error) : undefined))],
});

async function handle(incoming: Request) {
  // Next.js hands a route a Proxy of the request (it tracks what the route reads). The body limit copies the request
  // with new Request(), which cannot read a Proxy's private fields (a TypeError, so 500): hand oRPC a plain copy.
  const request = new Request(incoming.url, { method: incoming.method, headers: incoming.headers, body: incoming.body, signal: incoming.signal, duplex: 'half' } as RequestInit);
  const { matched, response } = await handler.handle(request, { prefix: '/api', context: { headers: request.headers } });
  if (matched) return response;
  return Response.json(
    { defined: false, code: 'NOT_FOUND', status: 404, message: 'No such operation. The API is described at /api/openapi.json.' },
    { status: 404 },
  );
}

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST, handle as PUT };
