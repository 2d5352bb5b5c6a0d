// Highlights a file for components that show example code, with the same themes and frame as Markdown blocks.
import { codeToHtml } from 'shiki';
import { shikiThemes, shikiTransformers } from './shiki-options';

export function highlightFile(code: string, lang: string, title: string, highlightLines?: string): Promise<string> {
  const meta = `title="${title.replaceAll('"', '')}"${highlightLines ? ` {${highlightLines}}` : ''}`;
  return codeToHtml(code, {
    lang,
    themes: shikiThemes,
    defaultColor: false,
    meta: { __raw: meta },
    transformers: [
      ...shikiTransformers,
      {
        name: 'course:astro-code-class',
        pre(node) {
          this.addClassToHast(node, 'astro-code');
        },
      },
    ],
  });
}
