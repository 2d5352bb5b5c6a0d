import { OpenAPIGenerator } from '@orpc/openapi';
import { ZodToJsonSchemaConverter } from '@orpc/zod/zod4';
import { contract } from '@/lib/contract';

// The API's OpenAPI 3.1 document, generated from the contract at build time: what a mobile team (or any generator
// of clients) builds against. It cannot drift from the server, because both come from lib/contract.ts.
export const dynamic = 'force-static';

const generator = new OpenAPIGenerator({ schemaConverters: [new ZodToJsonSchemaConverter()] });

export async function GET() {
  const document = await generator.generate(contract, {
    info: { title: 'Tasks API', version: '2.0.0', description: 'Sign in with an API token: Authorization: Bearer <token>.' },
    servers: [{ url: '/api' }],
    components: { securitySchemes: { token: { type: 'http', scheme: 'bearer' } } },
    security: [{ token: [] }],
  });
  return Response.json(document);
}
