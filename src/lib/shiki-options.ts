// Shiki settings shared by Markdown code blocks (astro.config.mjs) and components that highlight files.
import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
  transformerNotationWordHighlight,
} from '@shikijs/transformers';
import type { ShikiTransformer } from 'shiki';
import { readable, transformerTokenClasses } from './code-token-classes';

export const shikiThemes = { light: 'github-light', dark: 'github-dark' } as const;

/** Reads `title="app/page.tsx"` from a code fence's meta string. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  return meta?.match(/(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/)?.slice(1).find(Boolean);
}

/**
 * Wraps each block in a <figure>: an optional file-name caption, the <pre>, and a copy button.
 * The button shows only with JavaScript ([data-needs-js]); its script loads when the reader first points at, touches
 * or focuses a block (components/site/copy-code.ts).
 */
export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'course:code-frame',
    root(root) {
      const title = titleFromMeta(this.options.meta?.__raw);
      const caption = title
        ? [{ type: 'element' as const, tagName: 'figcaption', properties: { class: 'code-title' }, children: [{ type: 'text' as const, value: title }] }]
        : [];
      return {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'figure',
            // The copy script loads as the reader points at, touches or tabs into the block, before any click.
            properties: { class: 'code-frame', 'data-island': 'copy', 'data-island-on': 'interaction' },
            children: [
              ...caption,
              ...(root.children as never[]),
              {
                type: 'element',
                tagName: 'button',
                properties: {
                  type: 'button',
                  class: 'code-copy',
                  'aria-label': 'Copy code',
                  'data-code-copy': '',
                  'data-pagefind-ignore': '',
                  'data-needs-js': '',
                },
                children: [{ type: 'text', value: 'Copy' }],
              },
            ],
          },
        ],
      };
    },
  };
}

/**
 * Long lines make a block scroll sideways (always on a phone). Shiki already makes the <pre> focusable so
 * keyboard users can scroll it (WCAG 2.1.1); a named region tells screen reader users what they landed on.
 */
export function transformerScrollRegion(): ShikiTransformer {
  return {
    name: 'course:scroll-region',
    pre(node) {
      const title = titleFromMeta(this.options.meta?.__raw);
      const lang = this.options.lang && !['text', 'plaintext', 'txt'].includes(this.options.lang) ? ` (${this.options.lang})` : '';
      node.properties.tabindex = '0';
      node.properties.role = 'region';
      node.properties['aria-label'] = title ? `Code: ${title}` : `Code${lang}`;
    },
  };
}

/** The text of a HAST node and its descendants. */
const textOf = (node: { type: string; value?: string; children?: unknown[] }): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map((c) => textOf(c as never)).join('');

/**
 * Gives each <pre> the number of lines it shows (`--lines`), from which the stylesheet sets its height, so that it
 * can skip its layout while off-screen (src/styles/global.css). Counted from the rendered text, after the notation
 * transformers have removed any line that held only a `// [!code ...]` mark; a block with no text gets no count.
 */
export function transformerLineCount(): ShikiTransformer {
  return {
    name: 'course:line-count',
    // A file's final newline would count as one more line without adding one to the block.
    preprocess: (code) => code.replace(/\s+$/, ''),
    pre(node) {
      const text = textOf(node).replace(/\n$/, '');
      if (!text.trim()) return;
      const style = typeof node.properties.style === 'string' && node.properties.style ? node.properties.style.replace(/;?$/, ';') : '';
      node.properties.style = `${style}--lines:${text.split('\n').length}`;
    },
  };
}

/** Adjusts each token's light and dark colour just enough to meet WCAG AA contrast (4.5:1). */
export function transformerMinimumContrast(): ShikiTransformer {
  const fix = (style: string) =>
    style
      .replace(/--shiki-light:(#[0-9a-fA-F]{3,8})/g, (_, c: string) => `--shiki-light:${readable('light', c)}`)
      .replace(/--shiki-dark:(#[0-9a-fA-F]{3,8})/g, (_, c: string) => `--shiki-dark:${readable('dark', c)}`);
  return {
    name: 'course:minimum-contrast',
    span(node) {
      if (typeof node.properties.style === 'string') node.properties.style = fix(node.properties.style);
    },
  };
}

// No meta word highlight: it would read the slashes in title="app/api/route.ts" as /words/ to mark.
// Authors mark words with the `// [!code word:revalidatePath]` notation instead.
export const shikiTransformers: ShikiTransformer[] = [
  transformerNotationHighlight(),
  transformerNotationDiff(),
  transformerNotationFocus(),
  transformerNotationWordHighlight(),
  transformerMetaHighlight(),
  transformerMinimumContrast(),
  transformerScrollRegion(),
  transformerLineCount(),
  transformerCodeFrame(),
  transformerTokenClasses(),
];
