// The typed client: built from the contract alone, so it knows every path, input and output without a line of
// hand-written fetch. A mobile app written in TypeScript can share lib/contract.ts (a package of its own); one in
// Swift or Kotlin generates its client from the OpenAPI document instead.
import { createORPCClient } from '@orpc/client';
import type { ContractRouterClient } from '@orpc/contract';
import type { JsonifiedClient } from '@orpc/openapi-client';
import { OpenAPILink } from '@orpc/openapi-client/fetch';
import { contract } from './contract';

export type TasksApi = JsonifiedClient<ContractRouterClient<typeof contract>>;

export function tasksApi(origin: string, token: string): TasksApi {
  return createORPCClient(new OpenAPILink(contract, { url: `${origin}/api`, headers: { Authorization: `Bearer ${token}` } }));
}
