// The "Open in StackBlitz" form, as the SDK's openProject would build it (the e2e test checks what the page posts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeFilePath, stackblitzOpenForm, type Sandbox } from '../../src/lib/sandboxes';

const sandbox = (id: string): Sandbox => {
  const data = JSON.parse(readFileSync(`examples/${id}/sandbox.json`, 'utf8'));
  return { id, ...data, preview: data.preview ?? '/' };
};

describe('stackblitzOpenForm', () => {
  it('escapes brackets in file names as the SDK does, leaving other characters alone', () => {
    expect(encodeFilePath('app/api/todos/[id]/route.ts')).toBe('app/api/todos/%5Bid%5D/route.ts');
    expect(encodeFilePath('app/[...slug]/page.tsx')).toBe('app/%5B...slug%5D/page.tsx');
    expect(encodeFilePath('lib/todos.ts')).toBe('lib/todos.ts');
  });

  it('posts no file name with a bracket, and one field per file', () => {
    const { fields } = stackblitzOpenForm(sandbox('mutations'));
    const files = fields.filter(([name]) => name.startsWith('project[files]['));
    expect(files.map(([name]) => name)).toContain('project[files][app/api/todos/%5Bid%5D/route.ts]');
    expect(files.every(([name]) => !/[[\]]/.test(name.slice('project[files]['.length, -1)))).toBe(true);
  });

  it('opens both sides as panes, starts the dev script and opens the preview on the start page', () => {
    const url = new URL(stackblitzOpenForm(sandbox('inventory')).action);
    expect(url.origin + url.pathname).toBe('https://stackblitz.com/run');
    expect(url.searchParams.getAll('file')).toHaveLength(2);
    expect(url.searchParams.get('startScript')).toBe('dev');
    expect(url.searchParams.get('initialpath')).toBe('/action');
  });
});
