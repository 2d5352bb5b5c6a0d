// One error shape for every answer of the API: { error: { code, message, ...details } }.
import { NextResponse } from 'next/server';

export const fail = (status: number, code: string, message: string, extra: object = {}, headers?: HeadersInit) =>
  NextResponse.json({ error: { code, message, ...extra } }, { status, headers });

export const unauthorized = () =>
  fail(401, 'unauthorized', 'Send a valid API key as Authorization: Bearer <key>.', {}, { 'WWW-Authenticate': 'Bearer realm="orders"' });
