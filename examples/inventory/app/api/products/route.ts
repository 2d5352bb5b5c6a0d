import { NextResponse } from 'next/server';
import { listProducts } from '@/lib/inventory';

export async function GET() {
  return NextResponse.json({ products: listProducts() });
}
