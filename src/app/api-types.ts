import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * The API's types, written by \`npm run api:types\` from the OpenAPI document (src/app/openapi.ts and
 * the route schemas). Do not edit: change a route's schema and run the script again.
 */

`;

/** TypeScript types of every path and schema of the document, as the web app imports them. */
export async function apiTypesSource(doc: Record<string, unknown>): Promise<string> {
  // Handed over as JSON text, which openapi-typescript parses itself: its document type and swagger's differ.
  const ast = await openapiTS(JSON.stringify(doc), { silent: true, alphabetize: true });
  return HEADER + astToString(ast);
}
