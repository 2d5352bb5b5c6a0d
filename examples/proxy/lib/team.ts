// The domain both sides share: the team's name, and the file members upload. No Next.js import.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db } from './db';

export const teamName = z.strictObject({
  name: z.string({ error: 'Write the name as text.' }).trim().min(1, 'Write a name.').max(60, 'At most 60 characters.'),
});

export interface Team {
  name: string;
  file: { bytes: number; sha256: string } | null;
}

export function readTeam(): Team {
  const row = db().get<{ name: string; file_bytes: number | null; file_sha256: string | null }>('SELECT name, file_bytes, file_sha256 FROM team WHERE id = 1')!;
  return { name: row.name, file: row.file_bytes === null ? null : { bytes: row.file_bytes, sha256: row.file_sha256! } };
}

export type RenameResult = { ok: true; name: string } | { ok: false; fieldErrors: Record<string, string[] | undefined> };

export function renameTeam(input: unknown): RenameResult {
  const parsed = teamName.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  db().run('UPDATE team SET name = ? WHERE id = 1', parsed.data.name);
  return { ok: true, name: parsed.data.name };
}

/** The largest file a member may upload: more than the proxy's default 10 MB buffer, on purpose (see next.config.ts). */
export const maxFileBytes = 20 * 1024 * 1024;

/** Keeps what the server received: its size and SHA-256, so a reader can compare them with the file they sent. */
export function storeFile(bytes: Uint8Array) {
  const file = { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  db().run('UPDATE team SET file_bytes = ?, file_sha256 = ? WHERE id = 1', file.bytes, file.sha256);
  return file;
}
