// One JSON error shape for every Route Handler: { error: { code, message, fieldErrors?, requestId? } }.
import { NextResponse } from 'next/server';

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers });
}

/**
 * Wraps a handler so an unexpected exception becomes a 500 in the same shape, with a request id to quote
 * to support. The details go to the server log, never into the response.
 */
export function withErrorHandling<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const requestId = crypto.randomUUID();
      console.error(`[${requestId}]`, error);
      return errorResponse(500, 'internal_error', 'Something went wrong on our side.', { requestId });
    }
  };
}

/**
 * Handlers for the methods a route does not support. Left unexported, Next.js answers them with an empty 405
 * and no Allow header (which HTTP requires); these answer in the one error shape and say what is allowed.
 * OPTIONS comes with them: Next.js answers OPTIONS by itself only with every exported method in Allow, and these
 * refusing exports are not methods the route allows.
 */
export function allowOnly(...methods: string[]) {
  const allow = [...methods, 'OPTIONS'].sort().join(', ');
  return {
    refuse: async () => errorResponse(405, 'method_not_allowed', `This endpoint accepts ${methods.join(', ')}.`, {}, { Allow: allow }),
    options: async () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
}
