import Link from 'next/link';
import { listProjects } from '@/lib/projects';
import { RenameClient } from './rename-client';

export const dynamic = 'force-dynamic';

export default function HandlerPage() {
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
