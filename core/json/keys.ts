import { registerMessages, type Message } from '../rules/message';
import { koreanKeyDoc } from './keyDocs';
import { SCHEMAS, type JsonForm, type SchemaProperty } from './schemas';

export type KeyRequirement = 'always' | 'Store' | 'CustomURL' | false;
export type KeyType = 'string' | 'integer' | 'boolean' | 'string[]' | 'integer[]';

/** What the editor (completions, hovers) and the validator know about one key. */
export interface KeyDoc {
  key: string;
  /** The forms that read this key. */
  forms: JsonForm[];
  type: KeyType;
  required: KeyRequirement;
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  /** Markdown, in English (the schema's words). */
  description: string;
  /** The description as a message (English from the schema, Korean from keyDocs.ts): what hovers render. */
  text: Message;
  /** Plain text (for places that cannot render Markdown). */
  plainDescription: string;
  source: 'AO' | 'EN-DOC' | 'KO-DOC';
}

/** Requirements the schemas express with if/then (required only for one Source). */
const CONDITIONAL_REQUIREMENT: Readonly<Record<string, KeyRequirement>> = { ProductId: 'Store', Endpoint: 'CustomURL' };

function keyType(p: SchemaProperty): KeyType {
  if (p.type === 'array') return p.items?.type === 'integer' ? 'integer[]' : 'string[]';
  return p.type === 'number' ? 'integer' : p.type;
}

function docFor(form: JsonForm, key: string, p: SchemaProperty, forms: JsonForm[]): KeyDoc {
  const schema = SCHEMAS[form];
  const required: KeyRequirement = schema.required.includes(key) ? 'always' : form === 'registration' ? (CONDITIONAL_REQUIREMENT[key] ?? false) : false;
  const text = DESCRIPTIONS[form][key]();
  const doc: KeyDoc = { key, forms, type: keyType(p), required, description: p.markdownDescription, text, plainDescription: p.description, source: p['x-source'] };
  if (p.default !== undefined) doc.default = p.default;
  if (p.minimum !== undefined) doc.minimum = p.minimum;
  if (p.maximum !== undefined) doc.maximum = p.maximum;
  if (p.enum) doc.enum = [...p.enum];
  return doc;
}

// One message per form and key (`keyDoc.registration.PFN`): the forms word some keys differently.
const DESCRIPTIONS = Object.fromEntries(
  (['registration', 'payload'] as const).map((form) => {
    const texts = Object.fromEntries(Object.entries(SCHEMAS[form].properties).map(([key, p]) => [key, { en: p.markdownDescription, ko: koreanKeyDoc(key, form) }]));
    return [form, registerMessages(`keyDoc.${form}`, texts, (id) => ({ id }))];
  }),
) as Record<JsonForm, Record<string, () => Message>>;

function formsOf(key: string): JsonForm[] {
  return (['registration', 'payload'] as const).filter((f) => key in SCHEMAS[f].properties);
}

function buildFormDocs(form: JsonForm): KeyDoc[] {
  return Object.entries(SCHEMAS[form].properties).map(([key, p]) => docFor(form, key, p, formsOf(key)));
}

const FORM_DOCS: Readonly<Record<JsonForm, readonly KeyDoc[]>> = {
  registration: buildFormDocs('registration'),
  payload: buildFormDocs('payload'),
};

/**
 * Every key of either form, once. Where both forms have a key, the registration-file form's
 * documentation is used (use `keyDocsFor(form)` for the exact per-form requirement and range).
 */
export const KEY_DOCS: readonly KeyDoc[] = [
  ...FORM_DOCS.registration,
  ...FORM_DOCS.payload.filter((d) => !d.forms.includes('registration')),
];

/** The keys one form reads, with that form's requirement, default and range. */
export function keyDocsFor(form: JsonForm): readonly KeyDoc[] {
  return FORM_DOCS[form];
}

const BY_KEY: Readonly<Record<JsonForm, ReadonlyMap<string, KeyDoc>>> = {
  registration: new Map(FORM_DOCS.registration.map((d) => [d.key, d])),
  payload: new Map(FORM_DOCS.payload.map((d) => [d.key, d])),
};

/** The documentation of `key` (exact case) in `form`, or undefined when the form does not read it. */
export function keyDoc(key: string, form: JsonForm): KeyDoc | undefined {
  return BY_KEY[form].get(key);
}
