// One JSON error shape for every Route Handler: { error: { code, message, fieldErrors?, requestId? } }.
import { NextResponse } from 'next/server';

export function errorResponse(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status });
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
