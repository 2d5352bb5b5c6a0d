import { NextResponse } from 'next/server';
import { allowOnly } from '@/lib/http-errors';
import { listProjects } from '@/lib/projects';

export async function GET() {
  return NextResponse.json({ projects: listProjects() });
}

// Every other method gets a 405 in the one error shape, with an Allow header (Next.js's own has neither).
const { refuse, options } = allowOnly('GET', 'HEAD');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE, options as OPTIONS };
