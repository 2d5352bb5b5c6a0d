import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { allowOnly, errorResponse, withErrorHandling } from '@/lib/http-errors';
import { renameProject } from '@/lib/projects';
import { readJson } from '@/lib/request-body';

const statusFor = { validation_failed: 422, not_found: 404, name_taken: 409 } as const;
const maxBodyBytes = 4 * 1024;

export const PATCH = withErrorHandling(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return errorResponse(body.status, body.code, body.message);
  const result = renameProject(id, body.value);
  if (!result.ok) {
    const { ok: _ok, code, message, ...extra } = result;
    return errorResponse(statusFor[code], code, message, extra);
  }
  return NextResponse.json({ project: result.project });
});

// Every other method gets a 405 in the one error shape, with an Allow header (Next.js's own has neither).
const { refuse, options } = allowOnly('PATCH');
export { refuse as GET, refuse as POST, refuse as PUT, refuse as DELETE, options as OPTIONS };
