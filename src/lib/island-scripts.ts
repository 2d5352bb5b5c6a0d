// Widgets' scripts, by the name their element carries in data-island (components/site/islands.ts loads them). Each
// is built as its own entry chunk, and the loader gets the built URLs from `virtual:island-scripts`. A plain dynamic
// import() would do the same, but Vite wraps every dynamic import in a helper that preloads its dependencies, and
// that helper alone (1.2 KB gz) would outweigh the loader it sits in, on every page.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export const islandScripts = {
  search: 'components/search/site-search.ts',
  theme: 'components/site/theme-select.ts',
  menu: 'components/site/menu-toggle.ts',
  copy: 'components/site/copy-code.ts',
  picker: 'components/site/version-picker.ts',
  progress: 'components/site/sidebar-progress.ts',
  done: 'components/site/lesson-done.ts',
  check: 'components/lesson/check-yourself.ts',
  challenge: 'components/sandbox/course-challenge.ts',
  pair: 'components/sandbox/sandbox-pair.ts',
  switch: 'components/sandbox/version-switch.ts',
} as const;

export type IslandName = keyof typeof islandScripts;

const id = 'virtual:island-scripts';
const resolvedId = `\0${id}`;

/** `import urls from 'virtual:island-scripts'`: each island's script URL, built (an emitted chunk) or in dev. */
export function islandScriptsPlugin(root: string): Plugin {
  return {
    name: 'course:island-scripts',
    resolveId: (source) => (source === id ? resolvedId : undefined),
    load(loaded) {
      if (loaded !== resolvedId) return undefined;
      const entries = Object.entries(islandScripts).map(([name, file]) => {
        // Dev serves source files by their path; a build emits each as a chunk and writes its final URL.
        const url = this.environment.mode === 'dev' ? JSON.stringify(`/${file}`) : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: resolve(root, file), name: file.split('/').pop()!.replace(/\.ts$/, '') })}`;
        return `${JSON.stringify(name)}: ${url}`;
      });
      return `export default {${entries.join(',')}};`;
    },
  };
}
