// Static JSON: the StackBlitz project for one example, or for one challenge (its starting state, with the solution),
// fetched when a reader clicks "Run live" or "Start challenge".
import type { APIRoute, GetStaticPaths } from 'astro';
import { challengeProject, getChallenges } from '~/lib/challenge-projects';
import { getSandboxes, sandboxProject } from '~/lib/sandboxes';

export const getStaticPaths = (async () => [
  ...(await getSandboxes()).map((sandbox) => ({ params: { id: sandbox.id }, props: { project: sandboxProject(sandbox) } })),
  ...(await Promise.all((await getChallenges()).map(async (c) => ({ params: { id: c.key }, props: { project: await challengeProject(c) } })))),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.project), { headers: { 'Content-Type': 'application/json' } });
