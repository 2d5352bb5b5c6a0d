import { formatSize, listUploads } from '@/lib/uploads';

export function UploadsList() {
  const uploads = listUploads();
  return (
    <ul aria-label="Uploads">
      {uploads.map((u) => (
        <li key={u.id}>{u.name} ({formatSize(u.size)}, {u.type}, via {u.via})</li>
      ))}
    </ul>
  );
}
