import { NextResponse, type NextRequest } from 'next/server';
import { deleteTodo, setDone, type MutationResult } from '@/lib/todos';

type Context = { params: Promise<{ id: string }> };

const respond = (result: MutationResult, success: () => NextResponse) =>
  result.ok
    ? success()
    : NextResponse.json({ error: { code: result.code, message: result.message } }, { status: result.code === 'not_found' ? 404 : 400 });

export async function PATCH(request: NextRequest, { params }: Context) {
  const { id } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: { code: 'invalid_json', message: 'The body is not valid JSON.' } }, { status: 400 });
  }
  const result = setDone(id, body);
  return respond(result, () => NextResponse.json({ todo: result.ok && result.todo }));
}

export async function DELETE(_request: NextRequest, { params }: Context) {
  const { id } = await params;
  return respond(deleteTodo(id), () => new NextResponse(null, { status: 204 }));
}
