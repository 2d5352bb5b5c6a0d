import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latencySchema, type LatencyData } from '~/content.config';
import { figure, operations, throughput } from '~/lib/latency';

const stats = (p50: number, rps = 100) => ({ p50, p95: p50 * 2, p99: p50 * 3, requestsPerSecond: rps, requests: 1000, errors: 0, non2xx: 0 });
const data = {
  load: [
    { operation: 'noop', side: 'action', connections: 1, ...stats(4) },
    { operation: 'noop', side: 'handler', connections: 1, ...stats(1.5) },
    { operation: 'write-revalidate', side: 'action', connections: 1, ...stats(10, 90) },
    { operation: 'write-revalidate', side: 'handler', part: 'write', connections: 1, ...stats(2, 400) },
    { operation: 'write-revalidate', side: 'handler', part: 'refresh', connections: 1, ...stats(9, 110) },
  ],
} as unknown as LatencyData;

describe('latency figures', () => {
  it('reads one measured figure', () => {
    expect(figure(data, 'noop', 'action', 1, 'p50')).toBe(4);
    expect(figure(data, 'noop', 'handler', 1, 'p99')).toBe(4.5);
  });

  it('adds the two requests of the handler side of write-revalidate', () => {
    expect(figure(data, 'write-revalidate', 'handler', 1, 'p50')).toBe(11);
    expect(throughput(data, 'write-revalidate', 'handler', 1)).toBe(110);
  });

  it('refuses a figure that was not measured', () => {
    expect(() => figure(data, 'noop', 'action', 50, 'p50')).toThrow(/No measurement for noop \/ action at 50 connections/);
  });

  it('lists the operations measured', () => {
    expect(operations(data)).toEqual(['noop', 'write-revalidate']);
  });
});

describe('the committed measurements', () => {
  const measured = latencySchema.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/performance/latency.json'), 'utf8')));

  it('cover every operation, both sides and every connection level, without errors', () => {
    for (const op of ['noop', 'write', 'write-revalidate'] as const) {
      for (const side of ['action', 'handler'] as const) {
        for (const c of measured.settings.connections) expect(figure(measured, op, side, c, 'p50')).toBeGreaterThan(0);
      }
    }
    expect(measured.load.every((r) => r.errors === 0 && r.non2xx === 0)).toBe(true);
    expect(measured.settings.connections.length).toBeGreaterThanOrEqual(3);
  });

  it('record the machine, Node and Next.js versions and the date', () => {
    expect(measured.next).toBe('15.4.11');
    expect(measured.node).toMatch(/^v\d+/);
    expect(measured.machine.cores).toBeGreaterThan(0);
  });
});
