// The versions the course pins and the day they were last compared with the registry: one data file
// (content/versions/versions.json), read here for the build, the lessons (<Version>), the download transform and the tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AuthoringError } from './props';

export const versionsFile = 'content/versions/versions.json';

const release = z.string().regex(/^\d+\.\d+\.\d+$/, 'Use an exact release, like "16.5.0".');

export const versionsSchema = z
  .object({
    $comment: z.string().optional(),
    checked: z.iso.date().describe('The day the pins were last compared with the registry (npm run check:versions), as YYYY-MM-DD.'),
    pins: z
      .object({
        next16: release.describe('Next.js for the .zip downloads and local runs: the newest patched 16.x.'),
        next15: release.describe('Next.js for the live sandbox: the newest 15.4.x, the newest line StackBlitz can run.'),
        react: release.describe('react and react-dom in every example.'),
        'stackblitz-sdk': release.describe('@stackblitz/sdk, as the lockfile installs it.'),
        astro: release.describe('astro, as the lockfile installs it.'),
        pagefind: release.describe('pagefind, as the lockfile installs it.'),
      })
      .strict(),
  })
  .strict();

export type Versions = z.infer<typeof versionsSchema>;
export type PinName = keyof Versions['pins'];

/** Parses the versions file, naming it and the field when something is wrong. */
export function parseVersions(text: string, where = versionsFile): Versions {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AuthoringError(`${where} is not valid JSON: ${(error as Error).message}`);
  }
  const result = versionsSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new AuthoringError(`${where}: ${problems.join('; ')}`);
  }
  return result.data;
}

export const versions: Versions = parseVersions(readFileSync(resolve(process.cwd(), versionsFile), 'utf8'));

export const pinNames = Object.keys(versions.pins) as PinName[];

/** "3 December 2026": the checked date as lessons print it. */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
