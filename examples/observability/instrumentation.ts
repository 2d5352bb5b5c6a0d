import { registerOTel } from '@vercel/otel';
import type { Instrumentation } from 'next';
import { log } from './lib/log';

// Runs once when a server starts. registerOTel sets up OpenTelemetry, and Next.js's own spans (one per request, one
// per handler run…) start flowing. Where they go is configuration, not code: OTEL_EXPORTER_OTLP_ENDPOINT (and
// OTEL_EXPORTER_OTLP_PROTOCOL) name your collector.
export function register() {
  // OTEL_SDK_DISABLED=true, the standard switch, leaves OpenTelemetry out altogether.
  if (process.env.OTEL_SDK_DISABLED !== 'true') registerOTel({ serviceName: 'feedback' });
}

// Errors Next.js catches while it answers a request, with what it was doing: context.routeType says 'route' (a Route
// Handler), 'action' (a Server Action), 'render' or 'proxy' ('middleware' on Next.js 15).
// What it logs is chosen with care: an error's message can hold user data or a file path, and request.path holds
// the query string (reset tokens, OAuth codes). Next.js prints the full error to the server's own stderr anyway.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  log('error', 'request failed', {
    error: error instanceof Error ? error.name : 'unknown',
    digest: (error as { digest?: string }).digest,
    method: request.method,
    path: request.path.split('?')[0],
    routeType: context.routeType,
    routePath: context.routePath,
  });
};
