import { trace } from '@opentelemetry/api';

// One JSON object per line, with the trace and span the line belongs to, so a log search can jump to the trace.
export function log(level: 'info' | 'error', message: string, fields: Record<string, unknown> = {}) {
  const span = trace.getActiveSpan()?.spanContext();
  console.log(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields, traceId: span?.traceId, spanId: span?.spanId }));
}
