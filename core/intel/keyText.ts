import type { KeyDoc } from '../json/keys';

/** Where each rule comes from, in words (domain.md's source tags). */
export const SOURCE_TEXT: Readonly<Record<string, string>> = {
  AO: "Microsoft's AppOrchestration module (Test-UpdaterRegistration)",
  'EN-DOC': 'Microsoft\'s "Register an OEM application during the imaging process" page',
  'KO-DOC': 'Microsoft\'s UpdateOrchestrator API page (registry form)',
  WILD: 'what real Windows 11 machines and public scripts show (inferred, not documented)',
  'reg-format': 'how regedit and reg import read .reg files',
};

export function sourceText(source: string): string {
  return `${SOURCE_TEXT[source] ?? source} [${source}]`;
}

function typeText(doc: KeyDoc): string {
  if (doc.enum) return doc.enum.map((v) => `"${v}"`).join(' | ');
  return doc.type;
}

export function rangeText(doc: Pick<KeyDoc, 'minimum' | 'maximum'>): string | undefined {
  if (doc.minimum !== undefined && doc.maximum !== undefined) return `${doc.minimum}..${doc.maximum}`;
  if (doc.minimum !== undefined) return `>= ${doc.minimum}`;
  if (doc.maximum !== undefined) return `<= ${doc.maximum}`;
  return undefined;
}

function requiredText(doc: KeyDoc): string | undefined {
  if (doc.required === 'always') return 'required';
  if (doc.required) return `required when Source is ${doc.required}`;
  return undefined;
}

/** One line beside a completion label: `integer 1..5 · default 1`, `string · required`. */
export function keyDetail(doc: KeyDoc): string {
  const parts = [typeText(doc)];
  const range = rangeText(doc);
  if (range) parts[0] += ` ${range}`;
  const required = requiredText(doc);
  if (required) parts.push(required);
  if (doc.default !== undefined) parts.push(`default ${JSON.stringify(doc.default)}`);
  return parts.join(' · ');
}

/** The hover and completion documentation of a key: what it means, default, range, and the rule's source. */
export function keyMarkdown(doc: KeyDoc, formName: string): string {
  const lines = [`**${doc.key}** (${formName}) · \`${doc.type}\``, '', doc.description, ''];
  const facts: string[] = [];
  const required = requiredText(doc);
  facts.push(required ? `**${required[0].toUpperCase()}${required.slice(1)}**` : 'Optional');
  if (doc.default !== undefined) facts.push(`default \`${JSON.stringify(doc.default)}\``);
  const range = rangeText(doc);
  if (range) facts.push(`range \`${range}\``);
  if (doc.enum) facts.push(`one of ${doc.enum.map((v) => `\`${v}\``).join(', ')}`);
  lines.push(facts.join(' · '), '', `Source: ${sourceText(doc.source)}`);
  return lines.join('\n');
}

export const FORM_NAMES = { registration: 'registration file', payload: 'expeditedPayload' } as const;

/** Keys whose array items are ISO 3166-1 region codes, and GetProductInfo edition codes. */
export const REGION_KEYS: ReadonlySet<string> = new Set(['IncludedRegions', 'ExcludedRegions']);
export const EDITION_KEYS: ReadonlySet<string> = new Set(['IncludedEditions', 'ExcludedEditions']);
