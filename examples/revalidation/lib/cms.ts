// The mock CMS: its content lives in a JSON file, standing in for a headless CMS's database. Editors (the Server
// Action) and the CMS itself (scripts/cms-publish.mjs) write it. The app reads it only through the cached read in
// lib/cached-articles.ts, so a write shows on the site only after someone revalidates.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import seed from './seed-articles.json';

export interface Article {
  slug: string;
  title: string;
  body: string;
  updatedAt: string;
}

export const slugs = ['welcome', 'opening-hours'] as const;

export const articleInput = z.object({
  slug: z.enum(slugs, { error: 'Pick one of the articles.' }),
  title: z.string({ error: 'Title must be text.' }).trim().min(3, 'Title must be at least 3 characters.').max(100, 'Title must be at most 100 characters.'),
  body: z.string({ error: 'Body must be text.' }).trim().min(1, 'Write something in the body.').max(2000, 'Body must be at most 2000 characters.'),
});

export type ArticleInput = z.infer<typeof articleInput>;
export type FieldErrors = Partial<Record<keyof ArticleInput, string[]>>;
export type SaveResult = { ok: true; article: Article } | { ok: false; fieldErrors: FieldErrors };

// The app's own folder, not the shared temp folder, where another user of the machine could plant content under the
// name the app looks for. CMS_DATA_FILE moves it (the CMS script reads the same variable).
const dataFile = () => process.env.CMS_DATA_FILE || join(process.cwd(), '.data', 'cms.json');

const storedArticles = z.array(z.object({ slug: z.enum(slugs), title: z.string(), body: z.string(), updatedAt: z.string() }));

/** What the CMS holds right now. Uncached: call it through getArticles() in pages. */
export async function readArticles(): Promise<Article[]> {
  const file = dataFile();
  let text: string;
  try {
    // The comment stops Next 16's bundler from tracing every project file because this path is only known at run time.
    text = await readFile(/*turbopackIgnore: true*/ file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return seed;
    throw error;
  }
  // A damaged file must not take the site down: say so in the log, show the seed, and let the next save replace it.
  let parsed: ReturnType<typeof storedArticles.safeParse> | undefined;
  try {
    parsed = storedArticles.safeParse(JSON.parse(text));
  } catch {
    // Not JSON at all.
  }
  if (parsed?.success) return parsed.data;
  console.error(`${file} is not valid CMS content; showing the seed articles until the next save replaces the file.`);
  return seed;
}

// Saves take turns. Each one reads the file, changes one article and writes the file back: two at once would
// overwrite each other's change. (One server process, one queue; a real CMS's database does this with a transaction.)
const writes = ((globalThis as { __cmsWrites?: { last: Promise<unknown> } }).__cmsWrites ??= { last: Promise.resolve() });
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const done = writes.last.then(work);
  writes.last = done.catch(() => undefined);
  return done;
}

/** Validates an edit and writes it to the CMS. Revalidating is the caller's job. */
export async function saveArticle(input: unknown): Promise<SaveResult> {
  const parsed = articleInput.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return inTurn(async () => {
    const article = { ...parsed.data, updatedAt: new Date().toISOString() };
    const articles = (await readArticles()).map((a) => (a.slug === article.slug ? article : a));
    // Write a new file and rename it over the old one, so a reader never sees half a file. The temporary name is
    // unique, so another writer (the CMS script) cannot rename it away first.
    const file = dataFile();
    const temporary = `${file}.${randomUUID()}.tmp`;
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(temporary, JSON.stringify(articles, null, 2), { mode: 0o600 });
    await rename(temporary, file);
    return { ok: true, article };
  });
}
