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

// A call that fails, or never answers, must not leave the buttons disabled for good.
const limitMs = 10_000;
const withinLimit = <T,>(work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${limitMs / 1000} s`)), limitMs))]);

async function time(name: string, run: () => Promise<unknown>): Promise<Row> {
  const t0 = performance.now();
  await withinLimit(run());
  return { name, ms: Math.round(performance.now() - t0) };
}

export function Measure({ side }: { side: Side }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [burst, setBurst] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');

  async function measure(work: () => Promise<void>) {
    setBusy(true);
    setFailure('');
    try {
      await work();
    } catch (error) {
      setFailure(`The measurement stopped: ${error instanceof Error ? error.message : 'a call failed'}. Try again.`);
    } finally {
      setBusy(false);
    }
  }

  const runAll = () =>
    measure(async () => {
      setRows([
        await time('No-op', side.noop),
        await time('Validated write', () => side.write('Timing a write')),
        await time('Write and show the updated page', () => side.writeAndRefresh('Timing a write with a refresh')),
      ]);
    });

  const runBurst = () =>
    measure(async () => {
      const t0 = performance.now();
      // Five calls started together: the finish times show whether they ran in parallel or one at a time.
      const finished = await withinLimit(Promise.all(Array.from({ length: 5 }, () => side.slow().then(() => Math.round(performance.now() - t0)))));
      setBurst(finished.sort((a, b) => a - b));
    });

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
      <p role="status">{failure || (burst.length > 0 ? `Five calls finished after ${burst.join(', ')} ms.` : '')}</p>
    </section>
  );
}
