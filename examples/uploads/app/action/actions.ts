'use server';

import { revalidatePath } from 'next/cache';
import { actionMaxBytes, contentMismatch, matchesType, saveUpload, sha256, uploadMeta } from '@/lib/uploads';

export type UploadState = { status: 'idle' } | { status: 'uploaded' | 'error'; message: string };

// The whole multipart body has arrived by the time this runs (up to bodySizeLimit in next.config.ts).
export async function uploadAction(_prev: UploadState, formData: FormData): Promise<UploadState> {
  // The argument list comes from the request body, so a hand-made call can send anything in place of the form.
  if (!(formData instanceof FormData)) return { status: 'error', message: 'The form could not be read.' };
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'Choose a file to upload.' };
  const meta = uploadMeta.safeParse({ name: file.name, type: file.type });
  if (!meta.success) return { status: 'error', message: meta.error.issues[0]!.message };
  if (file.size > actionMaxBytes) return { status: 'error', message: 'The file is larger than 1 MB.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!matchesType(meta.data.type, bytes)) return { status: 'error', message: contentMismatch(meta.data.type) };
  const upload = saveUpload(meta.data, bytes.byteLength, sha256().update(bytes).digest('hex'), 'action');
  revalidatePath('/action');
  return { status: 'uploaded', message: `Uploaded ${upload.name} (${upload.size} bytes).` };
}
