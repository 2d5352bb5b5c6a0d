// A Playwright reporter for both browser suites: after the run, the slowest tests and any test that used more than
// half its timeout. A test that needs more than half of it here fails on a machine twice as slow; give a long check
// its own timeout, with a comment saying why, or make it faster.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default class TimingReporter implements Reporter {
  private runs: { title: string; duration: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') return;
    // test.timeout includes test.setTimeout() calls made while the test ran.
    this.runs.push({ title: `[${test.parent.project()?.name}] ${test.titlePath().slice(2).join(' › ')}`, duration: result.duration, timeout: test.timeout });
  }

  onEnd(result: FullResult) {
    const slowest = [...this.runs].sort((a, b) => b.duration - a.duration);
    const share = (r: { duration: number; timeout: number }) => (r.timeout ? `${Math.round((100 * r.duration) / r.timeout)}% of its ${seconds(r.timeout)} timeout` : 'no timeout');
    console.log(`\nSlowest tests of ${this.runs.length} (${result.status}, ${seconds(result.duration)} in all):`);
    for (const r of slowest.slice(0, 5)) console.log(`  ${seconds(r.duration).padStart(7)}  ${share(r)}  ${r.title}`);
    const over = slowest.filter((r) => r.timeout && r.duration > r.timeout / 2);
    if (over.length) {
      console.log(`\n${over.length} test(s) used more than half their timeout; a machine twice as slow would fail them:`);
      for (const r of over) console.log(`  ${seconds(r.duration).padStart(7)}  ${share(r)}  ${r.title}`);
    }
  }
}
