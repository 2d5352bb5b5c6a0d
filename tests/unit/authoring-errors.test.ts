import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithFiles } from '../fixtures/build-fixture';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/authoring', name), 'utf8');

describe('authoring mistakes fail the build', () => {
  it('a lesson without an order names the file and the field', () => {
    const { status, output } = runWithFiles({ 'content/lessons/missing-order.mdx': fixture('lesson-missing-order.mdx') }, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('missing-order.mdx');
    expect(output).toMatch(/order\W+Required|order.*expected number/i);
  });

  it('a lesson in an unknown part lists the accepted parts', () => {
    const { status, output } = runWithFiles({ 'content/lessons/bad-part.mdx': fixture('lesson-bad-part.mdx') }, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('bad-part.mdx');
    expect(output).toMatch(/part/);
    expect(output).toContain('foundations');
  });

  it('a Callout with an unknown type names the component and the accepted types', () => {
    const { status, output } = runWithFiles({ 'content/lessons/bad-callout.mdx': fixture('lesson-bad-callout.mdx') });
    expect(status).not.toBe(0);
    expect(output).toContain('<Callout> received type="warning"');
    expect(output).toContain('"note", "tip", "pitfall", "security"');
    expect(output).toContain('bad-callout');
  });

  it('prose for a Next.js version that does not exist names the component and the versions it accepts', () => {
    const { status, output } = runWithFiles({ 'content/lessons/bad-next-version.mdx': fixture('lesson-bad-next-version.mdx') });
    expect(status).not.toBe(0);
    expect(output).toContain('<WhenNext> received version="14". Use one of: "16", "15".');
    expect(output).toContain('bad-next-version');
  });

  it('an unknown example id names the lesson and lists the valid ids', () => {
    const { status, output } = runWithFiles({ 'content/lessons/unknown-example.mdx': fixture('lesson-unknown-example.mdx') });
    expect(status).not.toBe(0);
    expect(output).toContain('<SandboxPair> names example="graphql", which does not exist');
    expect(output).toMatch(/Valid example ids: .*forms.*webhooks/);
    expect(output).toContain('unknown-example');
  });

  it('a quoted file that does not exist names the example and the file', () => {
    const { status, output } = runWithFiles({ 'content/lessons/missing-file.mdx': fixture('lesson-missing-file.mdx') });
    expect(status).not.toBe(0);
    expect(output).toContain('<ExampleCode example="forms" file="app/does-not-exist.ts">: there is no such file in examples/forms/');
    expect(output).toContain('missing-file');
  });

  it('a line range past the end of the file says how long the file is', () => {
    const { status, output } = runWithFiles({ 'content/lessons/bad-range.mdx': fixture('lesson-bad-line-range.mdx') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/lines="30-900" is not a range inside the file \(it has \d+ lines\)/);
  });

  it('a sandbox.json naming a missing file fails the build, naming the sandbox.json', () => {
    const sandbox = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples/forms/sandbox.json'), 'utf8'));
    sandbox.shared.push('lib/gone.ts');
    const { status, output } = runWithFiles({ 'examples/forms/sandbox.json': JSON.stringify(sandbox) });
    expect(status).not.toBe(0);
    expect(output).toContain('examples/forms/sandbox.json names "lib/gone.ts", which is not in examples/forms/');
  });

  it('a "Check yourself" question with two correct choices names the checks file and the question', () => {
    const { status, output } = runWithFiles({ 'content/checks/forms.yaml': fixture('checks-two-correct.yaml') }, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('forms.yaml');
    expect(output).toContain('Question "two-right" has 2 correct choices; mark exactly one choice with "correct: true".');
  });

  it('a broken internal link or #fragment fails the build, naming the lesson file', () => {
    const { status, output } = runWithFiles({ 'content/lessons/broken-link.mdx': fixture('lesson-broken-link.mdx') });
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/broken-link.mdx (/lessons/broken-link/): "/lessons/no-such-lesson/": no page or file at that path');
    expect(output).toContain('"/lessons/forms/#no-such-heading": the page has no element with id="no-such-heading"');
  });
});
