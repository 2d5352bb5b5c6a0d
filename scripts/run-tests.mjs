// `npm test`: every test phase in order, stopping at the first that fails, then how long each phase took, so a slow
// or red run says where its time went. A phase is an npm script; `npm test -- e2e examples` runs only those
// (the names below).
import { spawnSync } from 'node:child_process';

const phases = [
  ['check', 'TypeScript over the site, components, tests and scripts (astro check)'],
  ['test:unit', 'unit tests (Vitest)'],
  ['build', 'site build, with its link checks'],
  ['test:html', 'html-validate on every built page'],
  ['test:e2e', 'browser tests of the built site'],
  ['test:examples', 'example apps on both targets'],
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !phases.some(([name]) => name === w || name === `test:${w}`));
if (unknown.length) {
  console.error(`Unknown phase ${unknown.join(', ')}. Phases: ${phases.map(([name]) => name).join(', ')}.`);
  process.exit(2);
}
const chosen = wanted.length ? phases.filter(([name]) => wanted.some((w) => name === w || name === `test:${w}`)) : phases;

const minutes = (ms) => `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}`;
const done = [];
const start = Date.now();
let failed;
for (const [name, what] of chosen) {
  console.log(`\n=== npm run ${name}: ${what}\n`);
  const began = Date.now();
  const { status, signal } = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  done.push([name, Date.now() - began, status === 0 ? 'passed' : `FAILED (${signal ?? `exit ${status}`})`]);
  if (status !== 0) {
    failed = name;
    break;
  }
}

console.log('\n=== Time per phase (m:ss)\n');
for (const [name, ms, result] of done) console.log(`${minutes(ms).padStart(6)}  ${name.padEnd(14)} ${result}`);
for (const [name] of chosen.slice(done.length)) console.log(`     -  ${name.padEnd(14)} not run`);
console.log(`${minutes(Date.now() - start).padStart(6)}  total`);
process.exit(failed ? 1 : 0);
