import Link from 'next/link';
import { connection } from 'next/server';
import { listMessages } from '@/lib/messages';
import { MessageBoard } from './message-board';

export default async function HandlerPage() {
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Messages, with a Route Handler</h1>
      <MessageBoard initial={listMessages()} />
    </>
  );
}
