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
});
