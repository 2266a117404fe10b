import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * The API's types, written by \`npm run api:types\` from the OpenAPI document (src/app/openapi.ts and
 * the route schemas). Do not edit: change a route's schema and run the script again.
 */

`;

/** TypeScript types of every path and schema of the document, as the web app imports them. */
export async function apiTypesSource(doc: Record<string, unknown>): Promise<string> {
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's own document type is wider than swagger's.
  const ast = await openapiTS(doc as any, { silent: true, alphabetize: true });
  return HEADER + astToString(ast);
}
