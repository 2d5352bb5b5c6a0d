import { registerOTel } from '@vercel/otel';
import type { Instrumentation } from 'next';
import { log } from './lib/log';

// Runs once when a server starts. registerOTel sets up OpenTelemetry, and Next.js's own spans (one per request, one
// per handler run…) start flowing. Where they go is configuration, not code: OTEL_EXPORTER_OTLP_ENDPOINT (and
// OTEL_EXPORTER_OTLP_PROTOCOL) name your collector.
export function register() {
  registerOTel({ serviceName: 'feedback' });
}

// Errors Next.js catches while it answers a request, with what it was doing: context.routeType says 'route' (a Route
// Handler), 'action' (a Server Action), 'render' or 'proxy' ('middleware' on Next.js 15).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  log('error', 'request failed', {
    error: error instanceof Error ? error.message : String(error),
    digest: (error as { digest?: string }).digest,
    method: request.method,
    path: request.path,
    routeType: context.routeType,
    routePath: context.routePath,
  });
};
