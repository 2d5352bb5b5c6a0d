// Does nothing: measures the cost of the request itself.
export async function POST() {
  return new Response(null, { status: 204 });
}
