import registrationSchemaJson from '../../schemas/registration.schema.json';
import payloadSchemaJson from '../../schemas/payload.schema.json';

/** The subset of JSON Schema (draft-07) our two schemas use for one property. */
export interface SchemaProperty {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array';
  description: string;
  markdownDescription: string;
  'x-source': 'AO' | 'EN-DOC' | 'KO-DOC';
  /** The rule a value outside minimum..maximum breaks (a rule id of core/rules/). */
  'x-rule'?: string;
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  pattern?: string;
  items?: { type: 'string' | 'integer' };
  minItems?: number;
  uniqueItems?: boolean;
}

export interface FormSchema {
  $schema: string;
  $id: string;
  title: string;
  description: string;
  markdownDescription: string;
  type: 'object';
  required: string[];
  properties: Record<string, SchemaProperty>;
  allOf?: unknown[];
}

export type JsonForm = 'registration' | 'payload';

/** The schemas in `schemas/`: the single source of key documentation and structural rules. */
export const SCHEMAS: Readonly<Record<JsonForm, FormSchema>> = {
  registration: registrationSchemaJson as FormSchema,
  payload: payloadSchemaJson as FormSchema,
};
