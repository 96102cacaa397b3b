import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { SCHEMAS } from './schemas';

/** The ajv options every validator of ours is built with (generated code and the in-process fallback alike). */
export function createAjv(code?: { source: boolean }): Ajv {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, code });
  // Our documentation keywords: declared so ajv's strict mode accepts them.
  ajv.addVocabulary(['x-source', 'x-rule', 'markdownDescription']);
  return ajv;
}

/**
 * The source of core/json/generated/validators.js: both schemas compiled ahead of time, so the
 * language server and the CLI pay no schema compilation at start-up. A unit test keeps it current.
 */
export function standaloneValidatorsSource(): string {
  const ajv = createAjv({ source: true });
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  const code = standaloneCode(ajv, { registration: SCHEMAS.registration.$id, payload: SCHEMAS.payload.$id });
  return `// Generated from schemas/*.schema.json by scripts/gen-validators.ts. Do not edit.\n${code}\n`;
}
