// Loads the measured latency data for the performance components, with an actionable error when it is missing.
import { getEntry } from 'astro:content';
import { AuthoringError } from '~/lib/props';

export async function latencyData(component: string) {
  const entry = await getEntry('performance', 'latency');
  if (!entry) throw new AuthoringError(`<${component}>: content/performance/latency.json is missing. Run \`npm run bench:patterns\` to measure it.`);
  return entry.data;
}
