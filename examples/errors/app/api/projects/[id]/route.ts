import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { errorResponse, withErrorHandling } from '@/lib/http-errors';
import { renameProject } from '@/lib/projects';

const statusFor = { validation_failed: 422, not_found: 404, name_taken: 409 } as const;

export const PATCH = withErrorHandling(async (request: NextRequest, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return errorResponse(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const result = renameProject(id, body);
  if (!result.ok) {
    const { ok: _ok, code, message, ...extra } = result;
    return errorResponse(statusFor[code], code, message, extra);
  }
  return NextResponse.json({ project: result.project });
});
