'use client';

// Times the three operations and a burst of five slow calls from the browser, for whichever side is passed in.
import { useState } from 'react';

export interface Side {
  noop: () => Promise<unknown>;
  write: (text: string) => Promise<unknown>;
  writeAndRefresh: (text: string) => Promise<unknown>;
  slow: () => Promise<unknown>;
}

type Row = { name: string; ms: number };

async function time(name: string, run: () => Promise<unknown>): Promise<Row> {
  const t0 = performance.now();
  await run();
  return { name, ms: Math.round(performance.now() - t0) };
}

export function Measure({ side }: { side: Side }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [burst, setBurst] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);

  async function runAll() {
    setBusy(true);
    setRows([
      await time('No-op', side.noop),
      await time('Validated write', () => side.write('Timing a write')),
      await time('Write and show the updated page', () => side.writeAndRefresh('Timing a write with a refresh')),
    ]);
    setBusy(false);
  }

  async function runBurst() {
    setBusy(true);
    const t0 = performance.now();
    // Five calls started together: the finish times show whether they ran in parallel or one at a time.
    const finished = await Promise.all(Array.from({ length: 5 }, () => side.slow().then(() => Math.round(performance.now() - t0))));
    setBurst(finished.sort((a, b) => a - b));
    setBusy(false);
  }

  return (
    <section aria-labelledby="measure">
      <h2 id="measure">Measure from this browser</h2>
      <button type="button" onClick={runAll} disabled={busy}>Time the three operations</button>{' '}
      <button type="button" onClick={runBurst} disabled={busy}>Fire five 100 ms calls at once</button>
      <table aria-label="Timings">
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}><th scope="row">{r.name}</th><td>{r.ms} ms</td></tr>
          ))}
        </tbody>
      </table>
      <p role="status">{burst.length > 0 ? `Five calls finished after ${burst.join(', ')} ms.` : ''}</p>
    </section>
  );
}
