import { NextResponse, type NextRequest } from 'next/server';
import { readJson } from '@/lib/request-body';
import { deleteTodo, idFromPath, setDone, type MutationResult } from '@/lib/todos';

type Context = { params: Promise<{ id: string }> };
const maxBodyBytes = 1024;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });
const respond = (result: MutationResult, success: () => NextResponse) =>
  result.ok ? success() : fail(result.code === 'not_found' ? 404 : 400, result.code, result.message);

export async function PATCH(request: NextRequest, { params }: Context) {
  const { id } = await params;
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = setDone(idFromPath(id), body.value);
  return respond(result, () => NextResponse.json({ todo: result.ok && result.todo }));
}

export async function DELETE(_request: NextRequest, { params }: Context) {
  const { id } = await params;
  return respond(deleteTodo(idFromPath(id)), () => new NextResponse(null, { status: 204 }));
}
