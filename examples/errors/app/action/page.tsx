import Link from 'next/link';
import { listProjects } from '@/lib/projects';
import { RenameForm } from './rename-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Rename a project with a Server Action</h1>
      {listProjects().map((p) => (
        <section key={p.id}>
          <h2>{p.name}</h2>
          <RenameForm project={p} />
        </section>
      ))}
    </>
  );
}
