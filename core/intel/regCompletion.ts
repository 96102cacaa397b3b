import type { Span } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { RegDocument, RegKeyEntry } from '../reg/model';
import { HEADER_V4, HEADER_V5 } from '../reg/parse';
import { classifyKey } from '../registry/keyPath';
import { completeJson } from './jsonCompletion';
import { registryValueDoc, REGISTRY_VALUE_DOCS, valueMarkdown, type RegistryValueDoc } from './registryValues';
import { escapeRegString, unescapeRegString } from '../reg/escape';
import { decodedOffsetAt, keyIndexAt, scanRegString, sourceSpan, stringValueAt } from './regString';
import { mapLiterals, plainText, stop, type SnippetPart } from './snippet';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import { payloadEntriesSnippet, regRegistrationSnippet } from './templates';
import { sourceText } from './keyText';
import type { IntelCompletion, IntelOptions } from './types';
import { intelText } from './texts';

const ROOTS = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_CLASSES_ROOT', 'HKEY_USERS', 'HKEY_CURRENT_CONFIG'];

interface Line {
  start: number;
  end: number;
  text: string;
  /** Index of the first character that is not a space or tab. */
  indent: number;
}

function lineAt(text: string, offset: number): Line {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const lineText = text.slice(start, end);
  return { start, end, text: lineText, indent: lineText.length - lineText.replace(/^[ \t]+/, '').length };
}

function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : lf >= 0 ? '\n' : '\r\n';
}

/** Which orchestrator key the cursor's values belong to. */
type KeyKind = 'registration' | 'parent' | 'other' | 'none';

function keyKindAt(doc: RegDocument, offset: number): { kind: KeyKind; key?: RegKeyEntry } {
  const index = keyIndexAt(doc, offset);
  if (index < 0) return { kind: 'none' };
  const key = doc.keys[index];
  if (key.isDelete) return { kind: 'other', key };
  const level = classifyKey(key)?.level;
  return { kind: level === 'registration' ? 'registration' : level === 'parent' ? 'parent' : 'other', key };
}

/** Completions at `offset` of a .reg document: key paths, value names, data, and the JSON inside expeditedPayload. */
export function completeReg(text: string, doc: RegDocument, offset: number, options: IntelOptions = {}): IntelCompletion[] {
  const line = lineAt(text, offset);
  const col = offset - line.start;
  const first = line.text[line.indent];
  // `{` asks for payload keys only: a `{` in a key path (a GUID) or a comment asks for nothing.
  if (options.triggerCharacter === '{' && first !== '"') return [];
  if (first === '[' && col > line.indent) return keyPathCompletions(line, col);
  if ((first === '"' || first === '@') && col > line.indent) return valueLineCompletions(text, doc, line, offset, options);
  if (first === ';') return [];
  if (beforeHeader(text, doc, line)) return headerCompletions(text, line, col, options.registrations);
  // A blank line or a bare word at the start of a line: whole lines.
  const word = /^[A-Za-z_]*$/.test(line.text.slice(line.indent, col)) && /^[A-Za-z_]*\s*$/.test(line.text.slice(col)) ? line.text.slice(line.indent) : undefined;
  if (word === undefined || col < line.indent) return [];
  const replace: Span = { start: line.start + line.indent, end: line.end };
  return lineCompletions(text, doc, offset, replace, options.registrations);
}

/** The cursor's line is where the header belongs: nothing but blank lines before it, and no valid header yet. */
function beforeHeader(text: string, doc: RegDocument, line: Line): boolean {
  if (doc.header === 'REGEDIT5' || doc.header === 'REGEDIT4') return false;
  return text.slice(0, line.start).replace(/^\uFEFF/, '').trim() === '';
}

/**
 * On a file's first line: the header (without it regedit imports nothing), and a whole file
 * (header, blank line, a registration), filtered by what is typed so far.
 */
function headerCompletions(text: string, line: Line, col: number, existing?: readonly Registration[]): IntelCompletion[] {
  const typed = line.text.slice(line.indent, col);
  if (line.text.slice(col).trim() !== '' && !HEADER_V5.startsWith(line.text.slice(line.indent).trimEnd())) return [];
  const eol = eolOf(text);
  // The whole line: the header starts in column 1.
  const replace: Span = { start: line.start, end: line.end };
  const items: IntelCompletion[] = [
    {
      label: HEADER_V5,
      kind: 'snippet',
      detail: intelText.headerDetail(),
      documentation: intelText.headerDoc({ v4: HEADER_V4 }),
      insert: [`${HEADER_V5}${eol}${eol}`],
      replace,
      filterText: HEADER_V5,
      sortText: '0',
    },
    {
      label: 'New .reg file with a registration (UScheduler_OOBE)',
      title: intelText.newRegFileLabel(),
      kind: 'snippet',
      detail: intelText.newRegFileDetail(),
      documentation: intelText.newRegFileDoc({ header: HEADER_V5, path: ORCHESTRATOR_KEY, source: sourceText('KO-DOC') }),
      insert: [`${HEADER_V5}${eol}${eol}`, ...regRegistrationSnippet(escapeRegString, eol, existing)],
      replace,
      // Found both by the header's first letters and by "registration".
      filterText: /^[Ww]/.test(typed) ? HEADER_V5 : 'registration',
      sortText: '1',
    },
  ];
  return typed === '' || /^[Ww]/.test(typed) || 'registration'.startsWith(typed.toLowerCase()) ? items : [];
}

function lineCompletions(text: string, doc: RegDocument, offset: number, replace: Span, existing?: readonly Registration[]): IntelCompletion[] {
  const eol = eolOf(text);
  const items: IntelCompletion[] = [
    {
      label: 'New registration (UScheduler_OOBE)',
      title: intelText.newRegistrationLabel(),
      kind: 'snippet',
      detail: intelText.newRegistrationDetail(),
      documentation: intelText.newRegistrationDoc({ path: ORCHESTRATOR_KEY, source: sourceText('KO-DOC') }),
      insert: regRegistrationSnippet(escapeRegString, eol, existing),
      replace,
      filterText: 'registration',
      sortText: '0',
    },
  ];
  const { kind, key } = keyKindAt(doc, offset);
  for (const value of valueDocsFor(kind, key)) {
    items.push({
      label: value.name,
      kind: 'valueName',
      detail: value.detail,
      documentation: valueMarkdown(value),
      insert: [`"${value.name}"=`, ...dataSnippet(value)],
      replace,
      filterText: value.name,
      sortText: `1${value.name}`,
    });
  }
  return items;
}

function valueDocsFor(kind: KeyKind, key: RegKeyEntry | undefined): RegistryValueDoc[] {
  if (kind === 'other' || kind === 'none') return [];
  const present = new Set((key?.values ?? []).map((v) => v.name.toLowerCase()));
  const on = kind === 'parent' ? 'parent' : 'registration';
  return REGISTRY_VALUE_DOCS.filter((d) => d.on === on && !present.has(d.name.toLowerCase()));
}

function dataSnippet(value: RegistryValueDoc): SnippetPart[] {
  if (value.name === 'expeditedPayload') return ['"', ...payloadEntriesSnippet(escapeRegString), '"'];
  return [...value.data];
}

function keyPathCompletions(line: Line, col: number): IntelCompletion[] {
  const close = line.text.indexOf(']', line.indent);
  if (close >= 0 && col > close) return [];
  let pathStart = line.indent + 1;
  if (line.text[pathStart] === '-') pathStart++;
  if (col < pathStart) return [];
  const replace: Span = { start: line.start + pathStart, end: line.start + col };
  const closing = close >= 0 ? '' : ']';
  const items: IntelCompletion[] = [
    {
      label: `${ORCHESTRATOR_KEY}\\…`,
      kind: 'keyPath',
      detail: intelText.registrationKeyDetail(),
      documentation: intelText.registrationKeyDoc({ source: sourceText('KO-DOC') }),
      insert: [`${ORCHESTRATOR_KEY}\\`, stop(1, 'Contoso_PhotoStudio'), closing],
      replace,
      filterText: `${ORCHESTRATOR_KEY}\\`,
      sortText: '0',
    },
    {
      label: ORCHESTRATOR_KEY,
      kind: 'keyPath',
      detail: intelText.parentKeyDetail(),
      documentation: intelText.parentKeyDoc(),
      insert: [ORCHESTRATOR_KEY + closing],
      replace,
      filterText: ORCHESTRATOR_KEY,
      sortText: '1',
    },
  ];
  ROOTS.forEach((root, i) => items.push({ label: root, kind: 'keyPath', detail: intelText.registryRoot(), insert: [`${root}\\`], replace, filterText: root, sortText: `2${i}` }));
  return items;
}

/** Reads the quoted name at `quote`; returns the index of its closing quote in the line, or -1. */
function closingQuote(lineText: string, quote: number): number {
  for (let i = quote + 1; i < lineText.length; i++) {
    if (lineText[i] === '\\') i++;
    else if (lineText[i] === '"') return i;
  }
  return -1;
}

function valueLineCompletions(text: string, doc: RegDocument, line: Line, offset: number, options: IntelOptions): IntelCompletion[] {
  const col = offset - line.start;
  const nameClose = line.text[line.indent] === '@' ? line.indent : closingQuote(line.text, line.indent);
  if (line.text[line.indent] === '"' && (nameClose < 0 || col <= nameClose)) return valueNameCompletions(doc, line, offset, nameClose);
  const eq = line.text.indexOf('=', nameClose + 1);
  if (eq < 0 || col <= eq) return [];
  let dataStart = eq + 1;
  while (line.text[dataStart] === ' ' || line.text[dataStart] === '\t') dataStart++;
  const name = line.text[line.indent] === '@' ? '' : unescapeRegString(line.text.slice(line.indent + 1, nameClose));
  if (line.text[dataStart] === '"' && col > dataStart) {
    return registryValueDoc(name)?.name === 'expeditedPayload' ? payloadCompletions(text, doc, line.start + dataStart, offset, options) : [];
  }
  let dataEnd = dataStart;
  while (dataEnd < line.text.length && !/[\s;]/.test(line.text[dataEnd])) dataEnd++;
  if (col < dataStart || col > dataEnd) return [];
  const value = registryValueDoc(name);
  const replace: Span = { start: line.start + dataStart, end: line.start + dataEnd };
  if (!value) {
    return [{ label: 'dword:00000000', kind: 'valueData', detail: intelText.dwordDetail(), insert: ['dword:', stop(1, '00000000')], replace, filterText: 'dword:' }];
  }
  const insert = dataSnippet(value);
  return [{ label: plainText(insert).slice(0, 60), kind: 'valueData', detail: value.detail, documentation: valueMarkdown(value), insert, replace, filterText: plainText(insert) }];
}

function valueNameCompletions(doc: RegDocument, line: Line, offset: number, nameClose: number): IntelCompletion[] {
  const { kind, key } = keyKindAt(doc, offset);
  const col = offset - line.start;
  const hasData = nameClose >= 0 && /^\s*=/.test(line.text.slice(nameClose + 1));
  const nameStart = line.start + line.indent + 1;
  // Without `=data` yet, the item writes the rest of the line (closing quote, `=`, data).
  const replace: Span = hasData ? { start: nameStart, end: line.start + nameClose } : { start: nameStart, end: nameClose >= 0 ? line.start + nameClose + 1 : Math.max(offset, line.start + col) };
  const currentName = nameClose >= 0 ? unescapeRegString(line.text.slice(line.indent + 1, nameClose)).toLowerCase() : undefined;
  const values = valueDocsFor(kind, key === undefined ? undefined : { ...key, values: key.values.filter((v) => v.name.toLowerCase() !== currentName) });
  return values.map((value) => ({
    label: value.name,
    kind: 'valueName',
    detail: value.detail,
    documentation: valueMarkdown(value),
    insert: hasData ? [value.name] : [`${value.name}"=`, ...dataSnippet(value)],
    replace,
    filterText: value.name,
  }));
}

function payloadCompletions(text: string, doc: RegDocument, quote: number, offset: number, options: IntelOptions): IntelCompletion[] {
  const literal = stringValueAt(doc, offset)?.stringLiteral ?? scanRegString(text, quote);
  if (offset < literal.contentSpan.start || offset > literal.contentSpan.end) return [];
  const decodedOffset = decodedOffsetAt(literal, offset);
  return completeJson(literal.value, decodedOffset, 'payload', options, true).map((item) => {
    const replace = sourceSpan(literal, item.replace);
    // Right after a lone `\` (the start of an escape being typed) the item replaces the backslash too.
    if (replace.end < offset) replace.end = offset;
    return {
      ...item,
      insert: mapLiterals(item.insert, escapeRegString),
      replace,
      filterText: item.filterText === undefined ? undefined : escapeRegString(item.filterText),
    };
  });
}
