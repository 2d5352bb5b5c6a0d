// The examples collection, checked against the files on disk, and the payloads built from it.
import { getCollection } from 'astro:content';
import type { SandboxData } from '~/content.config';
import { assertExampleFiles, readExampleFiles } from './examples';
import { AuthoringError } from './props';

export interface Sandbox extends SandboxData {
  id: string;
}

let cached: Promise<Sandbox[]> | undefined;

/** Every example, with each file its sandbox.json names checked to exist. */
export function getSandboxes(): Promise<Sandbox[]> {
  cached ??= getCollection('examples').then((entries) =>
    entries
      .map((e) => {
        const where = `examples/${e.id}/sandbox.json`;
        assertExampleFiles(e.id, [...e.data.serverAction, ...e.data.routeHandler, ...e.data.shared], where);
        return { ...e.data, id: e.id };
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
  return cached;
}

/** One example by id; an unknown id names who asked and lists the valid ids. */
export async function getSandbox(id: unknown, usedBy: string): Promise<Sandbox> {
  const all = await getSandboxes();
  const found = all.find((s) => s.id === id);
  if (!found) {
    throw new AuthoringError(`${usedBy} names example=${JSON.stringify(id)}, which does not exist. Valid example ids: ${all.map((s) => s.id).join(', ')}.`);
  }
  return found;
}

export const sandboxHref = (id: string) => `/examples/${id}/`;
export const payloadHref = (id: string) => `/sandbox/${id}.json`;
export const openHref = (id: string) => `/sandbox/${id}/open/`;
export const zipHref = (id: string) => `/downloads/${id}.zip`;

/** What the StackBlitz SDK takes: the project (every source file, as text) and the files to open. */
export function sandboxProject(sandbox: Sandbox) {
  return {
    project: {
      title: `${sandbox.title}: Server Action vs Route Handler`,
      description: sandbox.summary,
      template: 'node' as const,
      files: readExampleFiles(sandbox.id),
    },
    // Two groups open as two editor panes: the Server Action side beside the Route Handler side.
    openFile: [sandbox.serverAction.join(','), sandbox.routeHandler.join(',')],
    preview: sandbox.preview,
  };
}

export type SandboxProject = ReturnType<typeof sandboxProject>;

/** The SDK's encodeFilePath: StackBlitz's backend misreads `[` and `]` in a posted file name (`app/api/[id]/route.ts`). */
export const encodeFilePath = (path: string) => path.replace(/\[/g, '%5B').replace(/\]/g, '%5D');

/**
 * The "Open in StackBlitz" form, built as the SDK's openProject builds it: the action with its query (one `file`
 * per editor pane, the script to start, and `initialpath` so the preview opens on the example's start page) and
 * the fields, in order.
 */
export function stackblitzOpenForm(
  sandbox: Sandbox,
  { project, openFile, preview }: SandboxProject = sandboxProject(sandbox),
): { action: string; fields: [name: string, value: string][] } {
  const query = [...openFile.map((f) => ['file', f]), ['startScript', 'dev'], ['initialpath', preview]]
    // encodeURIComponent, as the SDK does (URLSearchParams would write spaces as "+").
    .map(([name, value]) => `${name}=${encodeURIComponent(value!)}`)
    .join('&');
  return {
    action: `https://stackblitz.com/run?${query}`,
    fields: [
      ['project[title]', project.title],
      ['project[description]', project.description],
      ['project[template]', project.template],
      ...Object.entries(project.files).map(([path, text]): [string, string] => [`project[files][${encodeFilePath(path)}]`, text]),
    ],
  };
}
