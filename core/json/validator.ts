import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { SCHEMAS, type JsonForm } from './schemas';

let ajv: Ajv | undefined;
const compiled: Partial<Record<JsonForm, ValidateFunction>> = {};

function createAjv(): Ajv {
  const instance = new Ajv({ allErrors: true, strictTypes: false });
  // Our documentation keywords: declared so ajv's strict mode accepts them.
  instance.addVocabulary(['x-source', 'markdownDescription']);
  return instance;
}

/** Compiled once per form, on first use: start-up pays nothing until a JSON document is validated. */
function validatorFor(form: JsonForm): ValidateFunction {
  let validate = compiled[form];
  if (!validate) {
    ajv ??= createAjv();
    validate = ajv.compile(SCHEMAS[form]);
    compiled[form] = validate;
  }
  return validate;
}

/** Schema errors for a plain value (ajv, allErrors). */
export function schemaErrors(form: JsonForm, value: unknown): ErrorObject[] {
  const validate = validatorFor(form);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
