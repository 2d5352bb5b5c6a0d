// Static .zip of one example (or one challenge's starting state), built at build time: on the newest patched Next.js
// 16 (src/lib/next16.ts), which is what a reader should run outside the sandbox.
import type { APIRoute, GetStaticPaths } from 'astro';
import { strToU8, zipSync } from 'fflate';
import { challengeNext16Files, getChallenges } from '~/lib/challenge-projects';
import { readNext16Files } from '~/lib/next16';
import { getSandboxes } from '~/lib/sandboxes';

export const getStaticPaths = (async () => [
  ...(await getSandboxes()).map((s) => ({ params: { id: s.id }, props: { files: () => readNext16Files(s.id) } })),
  ...(await getChallenges()).map((c) => ({ params: { id: c.key }, props: { files: () => challengeNext16Files(c) } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const files = Object.fromEntries(Object.entries((props.files as () => Record<string, string>)()).map(([path, text]) => [`${params.id}/${path}`, strToU8(text)]));
  // A fixed timestamp keeps the archive identical from build to build.
  const zip = zipSync(files, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') });
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
