// Runs once when the server starts. The limit on open streams per client keys on X-Forwarded-For; see
// lib/append-peer-address.ts for why the server adds the connecting address itself.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { appendPeerAddress } = await import('./lib/append-peer-address');
    appendPeerAddress();
  }
}
