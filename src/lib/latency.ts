// Reads the measured latency data and derives what the performance lesson shows. Framework-free and tested.
import type { LatencyData } from '~/content.config';

export type Operation = LatencyData['load'][number]['operation'];
export type Stat = 'p50' | 'p95' | 'p99';

export const operationLabels: Record<Operation, string> = {
  noop: 'No-op',
  write: 'Validated write',
  'write-revalidate': 'Write + fresh page',
};

/**
 * One latency figure for an operation, side and connection count. The handler's write-revalidate is two
 * sequential requests (write, then refresh), so its figure is the sum of the two parts' figures.
 */
export function figure(data: LatencyData, operation: Operation, side: 'action' | 'handler', connections: number, stat: Stat): number {
  const rows = data.load.filter((r) => r.operation === operation && r.side === side && r.connections === connections);
  if (rows.length === 0) throw new Error(`No measurement for ${operation} / ${side} at ${connections} connections.`);
  return Math.round(rows.reduce((sum, r) => sum + r[stat], 0) * 100) / 100;
}

export function throughput(data: LatencyData, operation: Operation, side: 'action' | 'handler', connections: number): number {
  const rows = data.load.filter((r) => r.operation === operation && r.side === side && r.connections === connections);
  // Two sequential requests complete one operation: the slower part limits the rate.
  return Math.min(...rows.map((r) => r.requestsPerSecond));
}

export const operations = (data: LatencyData): Operation[] => [...new Set(data.load.map((r) => r.operation))];
