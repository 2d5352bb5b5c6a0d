import { describe, expect, it } from 'vitest';
import { tokenClasses, tokenPalette, tokenStylesheet } from '../../src/lib/code-token-classes';
import { highlightFile } from '../../src/lib/highlight';

describe('code tokens as classes', () => {
  it('gives palette colours a class, drops the block colour and keeps anything else inline', () => {
    const purple = tokenClasses('--shiki-light:#6F42C1;--shiki-dark:#B392F0');
    expect(purple.rest).toBe('');
    expect(purple.classes).toHaveLength(2);
    expect(tokenClasses('--shiki-light:#24292E;--shiki-dark:#E1E4E8')).toEqual({ classes: [], rest: '' });
    expect(tokenClasses('--shiki-light:#123456;--shiki-light-font-style:italic')).toEqual({ classes: [], rest: '--shiki-light:#123456;--shiki-light-font-style:italic' });
  });

  it('has a stylesheet rule for every class it gives', () => {
    const css = tokenStylesheet();
    for (const hex of tokenPalette.light) expect(css).toContain(`{--shiki-light:${hex}}`);
    for (const hex of tokenPalette.dark) expect(css).toContain(`{--shiki-dark:${hex}}`);
  });

  it('leaves no token colour inline in highlighted code of the languages the course shows', async () => {
    const samples: [string, string][] = [
      ['ts', "'use server';\nexport async function create(formData: FormData) {\n  const title = String(formData.get('title') ?? '');\n  // a comment\n  return { ok: true, id: 42 } as const;\n}\n"],
      ['tsx', 'export default function Page() {\n  return <form action={create}><button type="submit">Save</button></form>;\n}\n'],
      ['json', '{ "name": "forms", "private": true, "version": 1 }\n'],
      ['sh', 'npm install && npm run dev # start\n'],
      ['http', 'POST /api/posts HTTP/1.1\nContent-Type: application/json\n\n{"title":"hi"}\n'],
    ];
    for (const [lang, code] of samples) {
      const html = await highlightFile(code, lang, `sample.${lang}`);
      expect(html, lang).not.toMatch(/<span[^>]*style="[^"]*--shiki-(light|dark):#/);
      expect(html, lang).toMatch(/class="[^"]*\bt[ld][0-9a-z]\b/);
    }
  });

  it('writes fewer elements for the same code: plain text unwrapped, same-colour neighbours joined, lines only where marked', async () => {
    const code = "export const x = 1;\nexport const y = 'two';\n";
    const plain = await highlightFile(code, 'ts', 'sample.ts');
    expect(plain).not.toContain('class="line');
    expect(plain).not.toMatch(/<span>/);
    // "export" and " const" share a colour: one span.
    expect(plain).toMatch(/<span class="[^"]+">export const<\/span>/);
    // The text reads exactly as the file does.
    expect(plain.replace(/<[^>]+>/g, '').replace(/&#x27;|&#39;/g, "'")).toContain(code.trimEnd());
    // A block with a highlighted line keeps every line's box: the mark needs one.
    const marked = await highlightFile(code.trimEnd(), 'ts', 'sample.ts', '2');
    expect(marked.match(/class="line/g)).toHaveLength(2);
    expect(marked).toContain('class="line highlighted"');
  });

  it('gives each block the number of lines it shows, without a file\'s final newline', async () => {
    expect(await highlightFile('const a = 1;\nconst b = 2;\n', 'ts', 'a.ts')).toMatch(/<pre[^>]*style="[^"]*--lines:2"/);
    expect(await highlightFile('const a = 1;\n\nconst b = 2;', 'ts', 'a.ts')).toMatch(/<pre[^>]*style="[^"]*--lines:3"/);
    expect(await highlightFile('one line', 'text', 'a.txt')).toMatch(/<pre[^>]*style="[^"]*--lines:1"/);
  });

  it('does not count a line that held only a notation mark, which the block does not show', async () => {
    for (const mark of ['word:revalidatePath', 'highlight:2', 'focus:2']) {
      const html = await highlightFile(`// [!code ${mark}]\nimport { revalidatePath } from 'next/cache';\nrevalidatePath('/');\n`, 'ts', 'a.ts');
      expect(html, mark).toMatch(/<pre[^>]*style="[^"]*--lines:2"/);
    }
  });

  it('gives a block with no text no line count, so it keeps its natural height', async () => {
    for (const code of ['', '\n\n  \n']) expect(await highlightFile(code, 'text', 'a.txt')).not.toContain('--lines');
  });
});
