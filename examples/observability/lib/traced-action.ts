import { SpanStatusCode, trace } from '@opentelemetry/api';
import { log } from './log';

const tracer = trace.getTracer('feedback');

/**
 * A Server Action has no URL of its own: Next.js's span for the request names the page it was posted to. This wraps
 * an action in a span named after it ("action sendFeedback"), a child of that request span, with a log line that
 * names it too. What the action returns stays as it is; what it throws is recorded (its kind) and thrown on.
 */
export function tracedAction<Args extends unknown[], Result>(name: string, action: (...args: Args) => Promise<Result>) {
  return (...args: Args): Promise<Result> =>
    tracer.startActiveSpan(`action ${name}`, { attributes: { 'app.action': name } }, async (span) => {
      try {
        const result = await action(...args);
        log('info', 'action done', { action: name });
        return result;
      } catch (error) {
        // The error's kind only: its message and stack can hold user data, and spans go to a third party.
        const kind = error instanceof Error ? error.name : 'unknown';
        span.recordException({ name: kind });
        span.setStatus({ code: SpanStatusCode.ERROR, message: kind });
        log('error', 'action failed', { action: name, error: kind });
        throw error;
      } finally {
        span.end();
      }
    });
}
