// Secrets come from configuration, never from the code or the request.
//
// So that the example runs as it is in the sandbox and under `next dev`, a missing secret falls back to a demo value
// that anyone reading this code knows. A production server (`next start`) refuses that: it fails the request and
// names the variable to set, rather than quietly accepting a key the whole internet has.

/** The value of the environment variable `name`; in development only, `demoValue` when it is unset. */
export function configuredSecret(name: string, demoValue: string): string {
  const value = process.env[name];
  if (value) return value;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`${name} is not set. Generate one (openssl rand -base64 32), set it, and restart the server.`);
  }
  return demoValue;
}
