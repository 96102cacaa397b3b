import type { KeyDoc } from '../json/keys';
import type { Message } from '../rules/message';
import { intelText, joined, lines } from './texts';

/** Where each rule comes from, in words (domain.md's source tags). */
export const SOURCE_TEXT: Readonly<Record<string, Message>> = {
  AO: intelText.sourceAO(),
  'EN-DOC': intelText.sourceEnDoc(),
  'KO-DOC': intelText.sourceKoDoc(),
  WILD: intelText.sourceWild(),
  'reg-format': intelText.sourceRegFormat(),
};

export function sourceText(source: string): Message {
  return intelText.sourceTagged({ source: SOURCE_TEXT[source] ?? source, tag: source });
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

function requiredText(doc: KeyDoc): Message | undefined {
  if (doc.required === 'always') return intelText.required();
  if (doc.required) return intelText.requiredWhen({ source: doc.required });
  return undefined;
}

function requiredFact(doc: KeyDoc): Message {
  if (doc.required === 'always') return intelText.requiredFact();
  if (doc.required) return intelText.requiredWhenFact({ source: doc.required });
  return intelText.optionalFact();
}

/** One line beside a completion label: `integer 1..5 · default 1`, `string · required`. */
export function keyDetail(doc: KeyDoc, extra?: Message): Message {
  const range = rangeText(doc);
  const parts: (Message | string)[] = [range ? `${typeText(doc)} ${range}` : typeText(doc)];
  const required = requiredText(doc);
  if (required) parts.push(required);
  if (doc.default !== undefined) parts.push(intelText.defaultValue({ value: JSON.stringify(doc.default) }));
  if (extra) parts.push(extra);
  return joined(parts, ' · ');
}

/** The hover and completion documentation of a key: what it means, default, range, and the rule's source. */
export function keyMarkdown(doc: KeyDoc, formName: Message | string): Message {
  const facts: (Message | string)[] = [requiredFact(doc)];
  if (doc.default !== undefined) facts.push(intelText.defaultFact({ value: JSON.stringify(doc.default) }));
  const range = rangeText(doc);
  if (range) facts.push(intelText.rangeFact({ range }));
  if (doc.enum) facts.push(intelText.oneOfFact({ values: doc.enum.map((v) => `\`${v}\``).join(', ') }));
  return lines(
    intelText.keyHeading({ key: doc.key, form: formName, type: doc.type }),
    '',
    doc.text,
    '',
    joined(facts, ' · '),
    '',
    intelText.sourceLine({ source: sourceText(doc.source) }),
  );
}

export const FORM_NAMES: Readonly<Record<'registration' | 'payload', Message | string>> = { registration: intelText.formRegistrationFile(), payload: 'expeditedPayload' };

/** Keys whose array items are ISO 3166-1 region codes, and GetProductInfo edition codes. */
export const REGION_KEYS: ReadonlySet<string> = new Set(['IncludedRegions', 'ExcludedRegions']);
export const EDITION_KEYS: ReadonlySet<string> = new Set(['IncludedEditions', 'ExcludedEditions']);
