// Code tokens carry short classes, not inline styles: `class="tl3 td7"` instead of
// `style="--shiki-light:#6F42C1;--shiki-dark:#B392F0"` on each of the thousands of tokens a pair lesson shows, and
// tokens in the block's own colour carry nothing (they inherit it from the <pre>). On the longest lesson
// (authentication-and-sessions) the HTML went from 553 KB (44.9 KB gz) to 312 KB (39.6 KB gz). The stylesheet that
// gives each class its colour is built from the two themes' palettes (after the contrast fix in shiki-options.ts)
// and served by a Vite virtual module that Base.astro imports, so it cannot fall out of step with the themes. A
// colour outside the palettes stays inline.
import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import githubDark from 'shiki/themes/github-dark.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import type { Plugin } from 'vite';
import { ensureContrast } from './contrast';

/** The backgrounds code can sit on, in each theme (see .astro-code in global.css). */
export const codeBackgrounds = {
  light: ['#f6f8fa', '#fff8c5', '#e6ffec', '#ffebe9'],
  dark: ['#0d1117', '#3a3410', '#12311c', '#3b1619'],
};

/** A token colour adjusted just enough to read at 4.5:1 on every code background of its theme. */
export const readable = (theme: 'light' | 'dark', hex: string) =>
  ensureContrast(hex, codeBackgrounds[theme], theme === 'light' ? '#000000' : '#ffffff');

interface ThemeLike {
  fg?: string;
  colors?: Record<string, string>;
  tokenColors?: { settings?: { foreground?: string } }[];
}

function paletteOf(theme: ThemeLike, which: 'light' | 'dark'): string[] {
  const raw = [theme.fg, theme.colors?.['editor.foreground'], ...(theme.tokenColors ?? []).map((t) => t.settings?.foreground)];
  const hexes = raw.filter((c): c is string => typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c));
  return [...new Set(hexes.map((c) => readable(which, c).toLowerCase()))].sort();
}

/** Every colour a token can have in each theme, once the contrast fix has run. */
export const tokenPalette = {
  light: paletteOf(githubLight as ThemeLike, 'light'),
  dark: paletteOf(githubDark as ThemeLike, 'dark'),
};

/** The colour a block's <pre> sets (Shiki's theme foreground): tokens of that colour inherit it, with no class. */
const foreground = (theme: ThemeLike) => String(theme.fg ?? theme.colors?.['editor.foreground']).toLowerCase();
const inherited = { light: foreground(githubLight as ThemeLike), dark: foreground(githubDark as ThemeLike) };

/** Short class names: `tl` or `td` and the colour's place in its palette, e.g. `tl3`. */
const classOf = {
  light: new Map(tokenPalette.light.map((hex, i) => [hex, `tl${i.toString(36)}`])),
  dark: new Map(tokenPalette.dark.map((hex, i) => [hex, `td${i.toString(36)}`])),
};

/** Splits a token's style into classes for palette colours and whatever must stay inline. */
export function tokenClasses(style: string): { classes: string[]; rest: string } {
  const classes: string[] = [];
  const rest: string[] = [];
  for (const declaration of style.split(';').map((d) => d.trim()).filter(Boolean)) {
    const m = /^--shiki-(light|dark):\s*(#[0-9a-fA-F]{6})$/.exec(declaration);
    const which = m?.[1] as 'light' | 'dark' | undefined;
    const hex = m?.[2]?.toLowerCase();
    const name = which && hex ? classOf[which].get(hex) : undefined;
    if (which && hex === inherited[which]) continue;
    if (name) classes.push(name);
    else rest.push(declaration);
  }
  return { classes, rest: rest.join(';') };
}

/** The stylesheet for every class tokenClasses can give. */
export const tokenStylesheet = () =>
  (['light', 'dark'] as const).flatMap((which) => [...classOf[which]].map(([hex, name]) => `.astro-code .${name}{--shiki-${which}:${hex}}`)).join('\n');

type HastNode = ElementContent | { type: 'text'; value: string };

const classList = (node: Element) => {
  const c = node.properties.class ?? node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/).filter(Boolean) : [];
};
const isPlainSpan = (node: HastNode): node is Element =>
  node.type === 'element' && node.tagName === 'span' && Object.keys(node.properties).length === 0;

/**
 * Fewer elements for the same picture: a token in the block's own colour is its text alone, neighbouring tokens of
 * one colour are one span, and a line is a <span class="line"> only in a block where some line is marked
 * (highlighted, a diff, focused), since only those lines need a box of their own. On the heaviest lesson this took
 * the page from 8,956 elements to 5,353.
 */
export function compactTokens(children: HastNode[], keepLines: boolean): HastNode[] {
  const out: HastNode[] = [];
  for (const child of children) {
    if (child.type === 'element' && child.tagName === 'span' && classList(child).includes('line')) {
      const tokens: HastNode[] = [];
      for (const token of child.children as HastNode[]) {
        for (const node of isPlainSpan(token) ? (token.children as HastNode[]) : [token]) append(tokens, node);
      }
      if (keepLines) out.push({ ...child, children: tokens as ElementContent[] });
      else for (const node of tokens) append(out, node);
    } else append(out, child);
  }
  return out;
}

const textOnly = (node: Element) => node.children.every((c) => c.type === 'text');
const textOf = (node: Element) => node.children.map((c) => (c as { value: string }).value).join('');

/** Adds a node, joining it to the one before when both are text, or both are spans of the same colour classes. */
function append(into: HastNode[], node: HastNode) {
  const last = into.at(-1);
  if (node.type === 'text' && last?.type === 'text') {
    last.value += node.value;
    return;
  }
  const sameColour =
    node.type === 'element' &&
    last?.type === 'element' &&
    node.tagName === 'span' &&
    last.tagName === 'span' &&
    node.properties.style === undefined &&
    last.properties.style === undefined &&
    classList(node).length > 0 &&
    classList(node).join(' ') === classList(last).join(' ') &&
    textOnly(node) &&
    textOnly(last);
  if (sameColour) last.children = [{ type: 'text', value: textOf(last) + textOf(node) }];
  else into.push(node);
}

/** Last in the transformer list: after the contrast fix has set each token's final colours. */
export function transformerTokenClasses(): ShikiTransformer {
  return {
    name: 'course:token-classes',
    span(node) {
      if (typeof node.properties.style !== 'string') return;
      const { classes, rest } = tokenClasses(node.properties.style);
      for (const c of classes) this.addClassToHast(node, c);
      if (rest) node.properties.style = rest;
      else delete node.properties.style;
    },
    code(node) {
      const lines = node.children.filter((c) => c.type === 'element') as Element[];
      const marked = lines.some((line) => classList(line).some((c) => c !== 'line'));
      node.children = compactTokens(node.children as HastNode[], marked) as ElementContent[];
    },
  };
}

const virtualId = 'virtual:code-token-classes.css';

/** Serves the token stylesheet to `import 'virtual:code-token-classes.css'`. */
export function codeTokenStylesheet(): Plugin {
  return {
    name: 'course:code-token-classes',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load: (id) => (id === `\0${virtualId}` ? `/* Code token colours: src/lib/code-token-classes.ts */\n${tokenStylesheet()}\n` : undefined),
  };
}
