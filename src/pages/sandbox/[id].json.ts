// Static JSON: the StackBlitz project for one example, fetched when a reader clicks "Run live".
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSandboxes, sandboxProject } from '~/lib/sandboxes';

export const getStaticPaths = (async () =>
  (await getSandboxes()).map((sandbox) => ({ params: { id: sandbox.id }, props: { sandbox } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(sandboxProject(props.sandbox as Awaited<ReturnType<typeof getSandboxes>>[number])), {
    headers: { 'Content-Type': 'application/json' },
  });
