import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from './generated/validators';
import type { JsonForm } from './schemas';

/**
 * The schemas compiled ahead of time (ajv standalone code, core/json/generated): no schema
 * compilation at start-up or per call. test/unit/json-validators.test.ts keeps the code current.
 */
const VALIDATORS: Readonly<Record<JsonForm, ValidateFunction>> = {
  registration: generated.registration,
  payload: generated.payload,
};

/** Schema errors for a plain value (ajv, allErrors). */
export function schemaErrors(form: JsonForm, value: unknown): ErrorObject[] {
  const validate = VALIDATORS[form];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
