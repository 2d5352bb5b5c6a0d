// Static .zip of one example's source, built at build time: the same files the sandbox runs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { strToU8, zipSync } from 'fflate';
import { readExampleFiles } from '~/lib/examples';
import { getSandboxes } from '~/lib/sandboxes';

export const getStaticPaths = (async () => (await getSandboxes()).map((s) => ({ params: { id: s.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const id = params.id!;
  const files = Object.fromEntries(Object.entries(readExampleFiles(id)).map(([path, text]) => [`${id}/${path}`, strToU8(text)]));
  // A fixed timestamp keeps the archive identical from build to build.
  const zip = zipSync(files, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') });
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
