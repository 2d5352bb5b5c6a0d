import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from '@/lib/client-address';
import { readJson } from '@/lib/request-body';
import { serverSentEvent } from '@/lib/sse';
import { openGeneration, summaryRequest } from '@/lib/summary';

// On a serverless host the function serving this stream is stopped after this many seconds, and the client loses
// what was still to come. `next start` ignores it; lib/summary.ts has its own deadline for that case.
export const maxDuration = 60;

const problem = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  NextResponse.json({ error: { code, message } }, { status, headers });

export async function POST(request: NextRequest) {
  // 8 KB is plenty for 2,000 characters of text, even if every one is escaped in JSON.
  const body = await readJson(request, 8 * 1024);
  if (!body.ok) return problem(body.status, body.code, body.message);
  const input = summaryRequest.safeParse(body.value);
  if (!input.success) return problem(422, 'validation_failed', input.error.issues[0]!.message);
  const opened = openGeneration(clientAddress(request.headers), input.data);
  if (!opened.ok) return problem(opened.code === 'server_busy' ? 503 : 429, opened.code, opened.message, { 'Retry-After': '5' });

  const tokens = opened.tokens.getReader();
  const encoder = new TextEncoder();
  let count = 0;
  const events = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await tokens.read();
      if (done) {
        controller.enqueue(encoder.encode(serverSentEvent('done', { tokens: count })));
        controller.close();
        return;
      }
      count++;
      controller.enqueue(encoder.encode(serverSentEvent('token', { text: value })));
    },
    // The client went away (closed the tab, pressed Stop, lost the network): Next.js cancels the body it was
    // sending. Pass that on, so the generation stops instead of running for nobody.
    cancel(reason) {
      return tokens.cancel(reason);
    },
  });
  // The same news arrives as an abort of request.signal; either one is enough, and cancelling twice is harmless.
  request.signal.addEventListener('abort', () => void tokens.cancel(request.signal.reason).catch(() => undefined));

  return new Response(events, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: nothing between here and the browser may change the body. A proxy or a server that
      // compresses it holds small events back until its buffer fills. X-Accel-Buffering: no asks nginx not to
      // buffer the response either.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
