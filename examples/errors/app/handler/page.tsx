import Link from 'next/link';
import { listProjects } from '@/lib/projects';
import { RenameClient } from './rename-client';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Rename a project with a Route Handler</h1>
      {listProjects().map((p) => (
        <section key={p.id}>
          <h2>{p.name}</h2>
          <RenameClient project={p} />
        </section>
      ))}
    </>
  );
}
