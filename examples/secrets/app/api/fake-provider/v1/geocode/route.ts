// FAKE THIRD-PARTY PROVIDER. It stands in for an external geocoding API so the example runs offline.
// Think of it as another company's server: it only answers callers that present the secret API key.
import { NextResponse, type NextRequest } from 'next/server';
import { isValidProviderKey } from '@/lib/geo';

const cities = [
  { name: 'Lisbon', country: 'Portugal', lat: 38.72, lon: -9.14 },
  { name: 'Nairobi', country: 'Kenya', lat: -1.29, lon: 36.82 },
  { name: 'Osaka', country: 'Japan', lat: 34.69, lon: 135.5 },
  { name: 'Quito', country: 'Ecuador', lat: -0.18, lon: -78.47 },
];

export async function GET(request: NextRequest) {
  if (!isValidProviderKey(request.headers.get('authorization'))) {
    return NextResponse.json({ error: 'Missing or invalid API key.' }, { status: 401 });
  }
  const q = request.nextUrl.searchParams.get('q')?.toLowerCase() ?? '';
  const city = cities.find((c) => c.name.toLowerCase() === q);
  return city ? NextResponse.json(city) : NextResponse.json({ error: 'Not found.' }, { status: 404 });
}
