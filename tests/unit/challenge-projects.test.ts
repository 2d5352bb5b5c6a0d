import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { challengeFiles, challengeNext16Files, solutionFiles } from '~/lib/challenge-projects';
import { readChallenge } from '~/lib/challenges';
import { readExampleFiles } from '~/lib/examples';
import { next16Version } from '~/lib/next16';

const challenge = readChallenge('transfers', 'cross-site-post');

describe('a challenge as the reader gets it', () => {
  it('starts from the example with the flawed files in place, and its solution is the example itself', () => {
    const example = readExampleFiles('transfers');
    const start = challengeFiles(challenge);
    expect(Object.keys(start).sort()).toEqual(Object.keys(example).sort());
    for (const [path, text] of Object.entries(challenge.overlay)) {
      expect(start[path]).toBe(text);
      expect(text, `${path} must differ from the example, or there is nothing to fix`).not.toBe(example[path]);
    }
    expect(solutionFiles(challenge)).toEqual(Object.fromEntries(Object.keys(challenge.overlay).map((p) => [p, example[p]])));
  });

  it('downloads as its starting state on Next 16, without the course folders', () => {
    const files = challengeNext16Files(challenge);
    expect(JSON.parse(files['package.json']!).dependencies.next).toBe(next16Version);
    expect(files[challenge.open]).toBe(challenge.overlay[challenge.open] ?? readExampleFiles('transfers')[challenge.open]);
    expect(Object.keys(files).filter((p) => /^(challenges|next16)\//.test(p))).toEqual([]);
    expect(files['app/check/route.ts']).toBeDefined();
  });

  it('fails the build, naming both files, when the challenge and the Next 16 overlay replace the same file', () => {
    const root = mkdtempSync(join(tmpdir(), 'challenge-clash-'));
    cpSync('examples/forms', join(root, 'forms'), { recursive: true, filter: (src) => !/node_modules|\.next|challenges|next16/.test(src.slice('examples/forms'.length)) });
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, 'forms', path)), { recursive: true });
      writeFileSync(join(root, 'forms', path), text);
    };
    write('next16/app/page.tsx', 'export default function Page() { return null; }\n');
    write('challenges/clash/files/app/page.tsx', 'export default function Page() { return <p>flawed</p>; }\n');
    expect(() => challengeNext16Files({ example: 'forms', name: 'clash' }, root)).toThrow(
      /examples\/forms\/challenges\/clash\/files\/app\/page\.tsx is also replaced by examples\/forms\/next16\/app\/page\.tsx/,
    );
  });
});
