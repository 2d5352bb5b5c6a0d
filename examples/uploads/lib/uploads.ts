// Shared rules and storage for uploads. Files are hashed and measured; a real app would stream to object storage.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const allowedTypes = ['image/png', 'image/jpeg', 'text/plain'] as const;
export type AllowedType = (typeof allowedTypes)[number];
export const actionMaxBytes = 1024 * 1024; // 1 MB through a Server Action
export const handlerMaxBytes = 5 * 1024 * 1024; // 5 MB through the streaming Route Handler

/**
 * The name to store and show. The client chooses it, so "../../etc/passwd" keeps only "passwd", and control and
 * format characters go (a right-to-left override shows "evil\u202Etxt.exe" as "evilexe.txt"). NFKC comes first:
 * it turns a fullwidth "／" into "/" before the path is cut off.
 */
export const safeFileName = (raw: string) =>
  raw.normalize('NFKC').split(/[/\\]/).pop()!.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();

export const uploadMeta = z.object({
  name: z
    .string()
    .transform(safeFileName)
    .pipe(
      z
        .string()
        .min(1, 'The file needs a name.')
        .max(120, 'Keep the file name under 120 characters.')
        .refine((name) => name !== '.' && name !== '..', 'The file needs a name.'),
    ),
  type: z.string({ error: 'Upload a PNG, JPEG or plain-text file.' }).trim().toLowerCase().pipe(z.enum(allowedTypes, { error: 'Upload a PNG, JPEG or plain-text file.' })), // media types ignore case
});

// The declared type is the client's word. A "PNG" that is really an HTML page would run as one if it were ever
// served back, so the bytes must match: images by their first bytes, text as UTF-8 without NUL bytes.
const signatures: Record<AllowedType, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'text/plain': [],
};
const kinds: Record<AllowedType, string> = { 'image/png': 'a PNG image', 'image/jpeg': 'a JPEG image', 'text/plain': 'UTF-8 text' };
export const contentMismatch = (type: AllowedType) => `The file’s contents are not ${kinds[type]}.`;

/** Checks a file's bytes against its declared type as they arrive, so a stream can stop at the first bad chunk. */
export function contentCheck(type: AllowedType) {
  const signature = signatures[type];
  const text = type === 'text/plain' ? new TextDecoder('utf-8', { fatal: true }) : null;
  const decodes = (chunk?: Uint8Array) => {
    try {
      text?.decode(chunk, { stream: chunk !== undefined });
      return true;
    } catch {
      return false;
    }
  };
  let position = 0;
  let ok = true;
  return {
    /** Takes the next chunk; false once the bytes so far cannot be a file of this type. */
    update(chunk: Uint8Array): boolean {
      for (let i = 0; ok && i < chunk.length && position + i < signature.length; i++) ok = chunk[i] === signature[position + i];
      position += chunk.length;
      if (ok && text) ok = !chunk.includes(0) && decodes(chunk);
      return ok;
    },
    /** After the last chunk: whether the whole file matched (a file shorter than its signature does not). */
    end: () => ok && position >= signature.length && decodes(),
  };
}

export function matchesType(type: AllowedType, bytes: Uint8Array) {
  const check = contentCheck(type);
  return check.update(bytes) && check.end();
}

export interface Upload {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  via: 'action' | 'handler';
}

// Only what each upload was (its name, type, size and digest), never its bytes, in process memory: a demo list
// that may be lost. It keeps the newest 50, so a flood of uploads cannot grow it.
const kept = 50;
const store = ((globalThis as { __uploads?: { list: Upload[]; lastId: number } }).__uploads ??= { list: [], lastId: 0 });

export const listUploads = () => [...store.list];

export function saveUpload(meta: z.infer<typeof uploadMeta>, size: number, sha256: string, via: Upload['via']): Upload {
  // Ids come from a counter, not from the list's length: the list is capped, and ids must never repeat.
  const upload = { id: `up_${++store.lastId}`, ...meta, size, sha256, via };
  store.list.push(upload);
  if (store.list.length > kept) store.list.splice(0, store.list.length - kept);
  return upload;
}

export const formatSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
export const sha256 = () => createHash('sha256');
