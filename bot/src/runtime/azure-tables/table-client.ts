import { TableClient } from '@azure/data-tables';
import { ManagedIdentityCredential } from '@azure/identity';

/** How to reach Azure Table Storage: managed identity in production, a connection string for Azurite/dev. */
export type AzureTablesConnection =
  | {
      readonly kind: 'managed-identity';
      readonly endpoint: string;
      readonly clientId: string | null;
    }
  | { readonly kind: 'connection-string'; readonly connectionString: string };

export function tableClient(connection: AzureTablesConnection, table: string): TableClient {
  if (connection.kind === 'connection-string') {
    return TableClient.fromConnectionString(connection.connectionString, table, {
      // Azurite speaks plain http on localhost.
      allowInsecureConnection: connection.connectionString.includes('http://'),
    });
  }
  const credential =
    connection.clientId === null
      ? new ManagedIdentityCredential()
      : new ManagedIdentityCredential({ clientId: connection.clientId });
  return new TableClient(connection.endpoint, table, credential);
}

/** The HTTP status of an Azure SDK error (RestError), if it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

/** Runs `write`; a 412 (If-Match failed: someone else changed it first) or 404 answers false. */
export async function ifMatch(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    const status = statusOf(error);
    if (status === 412 || status === 404 || status === 409) return false;
    throw error;
  }
}

/** Reads one entity; 404 is undefined. */
export async function readEntity(
  client: TableClient,
  partitionKey: string,
  rowKey: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    return await client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Every entity a filtered query returns (all pages). */
export async function query(
  client: TableClient,
  filter: string,
  max = Number.POSITIVE_INFINITY,
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for await (const entity of client.listEntities<Record<string, unknown>>({
    queryOptions: { filter },
  })) {
    found.push(entity);
    if (found.length >= max) break;
  }
  return found;
}
