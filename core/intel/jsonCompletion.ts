import { parse } from 'jsonc-parser';
import type { JsonForm } from '../json/schemas';
import { keyDoc, keyDocsFor, type KeyDoc } from '../json/keys';
import { allRegions } from '../data/regions';
import { allEditions } from '../data/editions';
import { jsonCursorAt, type JsonCursor } from './jsonCursor';
import { EDITION_KEYS, FORM_NAMES, keyDetail, keyMarkdown, REGION_KEYS } from './keyText';
import { choice, plainText, stop, type Snippet, type SnippetPart } from './snippet';
import { documentSnippets, updaterNameOf } from './templates';
import type { IntelCompletion, IntelOptions } from './types';
import { intelText } from './texts';


/** Completions at `offset` of a registration file or a bare payload (text possibly half-typed). */
export function completeJson(text: string, offset: number, form: JsonForm, options: IntelOptions = {}, singleLine = false): IntelCompletion[] {
  // In a multi-line file `,` and `{` are followed by Enter: a list opened by them would take the
  // Enter and insert a key instead of the new line. A one-line payload (.reg) goes on typing.
  if (!singleLine && (options.triggerCharacter === ',' || options.triggerCharacter === '{')) return [];
  const cursor = jsonCursorAt(text, offset);
  switch (cursor.role) {
    case 'document':
      return documentSnippets(form, singleLine, updaterNameOf(options.path), options.registrations).map((s) => ({ ...s, replace: cursor.replace, filterText: plainText(s.insert) }));
    case 'key':
      return withLeadingSpace(text, propertyCompletions(cursor, form, form === 'registration' ? sourceOf(text) : undefined));
    case 'value':
      return withLeadingSpace(text, valueCompletions(cursor, form, options));
    default:
      return [];
  }
}

/** The snippet that follows `"Key": `: a value of the right type with the default pre-selected. */
export function valueSnippet(doc: KeyDoc): Snippet {
  if (doc.enum) {
    const values = doc.default !== undefined ? [String(doc.default), ...doc.enum.filter((v) => v !== doc.default)] : doc.enum;
    return ['"', choice(1, values), '"'];
  }
  switch (doc.type) {
    case 'boolean':
      return [choice(1, doc.default === true ? ['true', 'false'] : ['false', 'true'])];
    case 'integer':
      return [stop(1, String(doc.default ?? doc.minimum ?? 1))];
    case 'string[]':
      return ['["', stop(1), '"]'];
    case 'integer[]':
      return ['[', stop(1), ']'];
    default:
      return doc.key === 'Endpoint' ? ['"https://', stop(1), '"'] : ['"', stop(1), '"'];
  }
}

/** The registration's Source as written so far (tolerant parse), which decides ProductId vs Endpoint. */
function sourceOf(text: string): string | undefined {
  const root: unknown = parse(text);
  const source = root !== null && typeof root === 'object' ? (root as Record<string, unknown>).Source : undefined;
  return typeof source === 'string' ? source : undefined;
}

/** Right after `:` or `,` with nothing typed, the inserted text starts with a space (`"Source": "Store"`). */
function withLeadingSpace(text: string, items: IntelCompletion[]): IntelCompletion[] {
  return items.map((item) => {
    const before = text[item.replace.start - 1];
    if (item.replace.start !== item.replace.end || (before !== ':' && before !== ',')) return item;
    return { ...item, insert: [' ', ...item.insert] };
  });
}

function sortRank(doc: KeyDoc, source: string | undefined): string {
  if (doc.required === 'always') return '0';
  if (doc.required) return source === undefined || source === doc.required ? '1' : '3';
  return '2';
}

function propertyCompletions(cursor: Extract<JsonCursor, { role: 'key' }>, form: JsonForm, source: string | undefined): IntelCompletion[] {
  const items: IntelCompletion[] = [];
  for (const doc of keyDocsFor(form)) {
    if (cursor.existingKeys.has(doc.key)) continue;
    // With the other Source the key is ignored (and flagged): list it last and say so.
    const ignored = typeof doc.required === 'string' && source !== undefined && source !== doc.required;
    const key = `"${doc.key}"`;
    const insert: SnippetPart[] = cursor.hasColon ? [key] : [`${key}: `, ...valueSnippet(doc)];
    if (cursor.needsComma) insert.push(',');
    items.push({
      label: doc.key,
      kind: 'property',
      detail: ignored ? keyDetail(doc, intelText.ignoredWithSource({ source })) : keyDetail(doc),
      documentation: keyMarkdown(doc, FORM_NAMES[form]),
      insert,
      replace: cursor.replace,
      filterText: key,
      sortText: `${sortRank(doc, source)}${doc.key}`,
    });
  }
  return items;
}

function quoted(value: string): string {
  return JSON.stringify(value);
}

function valueCompletions(cursor: Extract<JsonCursor, { role: 'value' }>, form: JsonForm, options: IntelOptions): IntelCompletion[] {
  const doc = keyDoc(cursor.property, form);
  if (!doc) return [];
  const comma = cursor.needsComma ? ',' : '';
  const item = (label: string, kind: IntelCompletion['kind'], insertText: string, extra: Partial<IntelCompletion> = {}): IntelCompletion => ({
    label,
    kind,
    insert: [insertText + comma],
    replace: cursor.replace,
    filterText: insertText,
    ...extra,
  });

  if (cursor.inArray) {
    const present = new Set(cursor.arrayItems.map((t) => t.value.toUpperCase()));
    if (REGION_KEYS.has(doc.key)) {
      return allRegions(options.locale ?? 'en')
        .filter((r) => !present.has(r.code))
        .map((r) => item(r.code, 'region', quoted(r.code), { labelDetail: r.name, detail: r.name, filterText: `${quoted(r.code)} ${r.name}`, sortText: r.code }));
    }
    if (EDITION_KEYS.has(doc.key)) {
      return allEditions()
        .filter((e) => !e.special && !present.has(String(e.code)))
        .map((e) =>
          item(String(e.code), 'edition', String(e.code), {
            detail: `${e.name} (${e.hex})`,
            documentation: e.server ? intelText.editionServerDoc({ constant: e.constant }) : `\`${e.constant}\``,
            filterText: `${e.code} ${e.name}`,
            sortText: String(e.code).padStart(6, '0'),
          }),
        );
    }
    return [];
  }

  const documentation = keyMarkdown(doc, FORM_NAMES[form]);
  if (doc.enum) {
    return doc.enum.map((v, i) =>
      item(v, 'enum', quoted(v), { detail: v === doc.default ? intelText.keyIsDefault({ key: doc.key }) : doc.key, documentation, sortText: String(i) }),
    );
  }
  switch (doc.type) {
    case 'boolean':
      return ['true', 'false'].map((v) => item(v, 'boolean', v, { detail: String(doc.default) === v ? intelText.keyIsDefault({ key: doc.key }) : doc.key, documentation }));
    case 'integer': {
      const suggested = doc.default ?? doc.minimum;
      return suggested === undefined ? [] : [item(String(suggested), 'number', String(suggested), { detail: keyDetail(doc), documentation })];
    }
    case 'string[]':
    case 'integer[]': {
      const insert: Snippet = doc.type === 'string[]' ? ['["', stop(1), `"]${comma}`] : ['[', stop(1), `]${comma}`];
      return [{ label: '[ ]', kind: 'snippet', detail: keyDetail(doc), documentation, insert, replace: cursor.replace, filterText: '[' }];
    }
    default:
      if (doc.key === 'Endpoint') {
        return [{ label: '"https://"', kind: 'snippet', detail: keyDetail(doc), documentation, insert: ['"https://', stop(1), `"${comma}`], replace: cursor.replace, filterText: '"https://"' }];
      }
      return [];
  }
}
