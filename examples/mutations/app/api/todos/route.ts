import { NextResponse } from 'next/server';
import { listTodos } from '@/lib/todos';

export async function GET() {
  return NextResponse.json({ todos: listTodos() });
}
