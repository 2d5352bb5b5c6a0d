import Link from 'next/link';
import { listProjects } from '@/lib/projects';
import { RenameForm } from './rename-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
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
