import { SyntaxKind } from 'jsonc-parser';
import type { DocumentAnalysis } from '../analyze';
import type { Span } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { JsonForm } from '../json/schemas';
import { keyDoc } from '../json/keys';
import { checkRegion, regionName } from '../data/regions';
import { editionInfo } from '../data/editions';
import type { RegDocument, RegKeyEntry, RegValueEntry } from '../reg/model';
import { classifyKey } from '../registry/keyPath';
import { jsonCursorAt } from './jsonCursor';
import { EDITION_KEYS, FORM_NAMES, keyMarkdown, REGION_KEYS } from './keyText';
import { registryValueDoc, valueMarkdown } from './registryValues';
import { keyIndexAt, sourceSpan, decodedOffsetAt } from './regString';
import { registrationMarkdown } from './runOrder';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import type { IntelHover, IntelOptions } from './types';

/** Values that name the registration or set its priority: their hover shows the run order. */
const REGISTRATION_KEYS = new Set(['OEMName', 'UpdaterName', 'Priority']);

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The hover at `offset` of an analysed document, or undefined when there is nothing to say. */
export function hoverAt(analysis: DocumentAnalysis, offset: number, options: IntelOptions = {}): IntelHover | undefined {
  if (analysis.kind === 'reg') return analysis.reg ? regHover(analysis, analysis.reg, offset, options) : undefined;
  return jsonHover(analysis.text, offset, analysis.kind, options, analysis.registrations[0]);
}

/** Hover inside JSON text (a registration file, a payload file, or the decoded JSON of a .reg string). */
export function jsonHover(text: string, offset: number, form: JsonForm, options: IntelOptions, registration?: Registration): IntelHover | undefined {
  const cursor = jsonCursorAt(text, offset, 'hover');
  if (cursor.role === 'key' && cursor.token?.kind === SyntaxKind.StringLiteral) {
    const doc = keyDoc(cursor.token.value, form);
    return doc ? { markdown: keyMarkdown(doc, FORM_NAMES[form]), span: cursor.token.span } : undefined;
  }
  if (cursor.role !== 'value' || !cursor.token) return undefined;
  const { token, property } = cursor;
  if (cursor.inArray && REGION_KEYS.has(property) && token.kind === SyntaxKind.StringLiteral) {
    return { markdown: regionMarkdown(token.value, options.locale), span: token.span };
  }
  if (cursor.inArray && EDITION_KEYS.has(property) && token.kind === SyntaxKind.NumericLiteral) {
    return { markdown: editionMarkdown(Number(token.value)), span: token.span };
  }
  if (cursor.inArray) return undefined;
  if (registration && form === 'registration' && REGISTRATION_KEYS.has(property)) {
    return { markdown: registrationMarkdown(registration, options.registrations ?? [registration]), span: token.span };
  }
  const doc = keyDoc(property, form);
  return doc ? { markdown: keyMarkdown(doc, FORM_NAMES[form]), span: token.span } : undefined;
}

/** A region code's country name (in the display language) or why the code is not a region. */
export function regionMarkdown(code: string, locale = 'en'): string {
  const check = checkRegion(code);
  if (check.valid) {
    const local = regionName(code, locale);
    const english = regionName(code, 'en');
    const names = local && english && local !== english ? `${local} (${english})` : (local ?? english ?? code);
    return check.note ? `**${code}** · ${check.name ?? names}\n\n${check.note}` : `**${code}** · ${names}\n\nISO 3166-1 alpha-2`;
  }
  const lines = [`**${code}** is not a valid region: ${check.reason}.`];
  if (check.suggestion) {
    const name = regionName(check.suggestion, locale);
    lines.push('', `Use \`${check.suggestion}\`${name ? ` (${name})` : ''}.`);
  }
  lines.push('', 'Regions are officially assigned ISO 3166-1 alpha-2 codes, uppercase.');
  return lines.join('\n');
}

export function editionMarkdown(code: number): string {
  const info = editionInfo(code);
  if (!info) return `**${code}** is not a known Windows edition code (GetProductInfo).`;
  const notes: string[] = [];
  if (info.server) notes.push("A Server edition: Microsoft's AppOrchestration module refuses to run there.");
  if (info.special) notes.push('Not a real edition.');
  return [`**${code}** · ${info.name}`, '', `\`${info.constant}\` (${info.hex}), a GetProductInfo edition code`, ...notes.flatMap((n) => ['', n])].join('\n');
}

function regHover(analysis: DocumentAnalysis, doc: RegDocument, offset: number, options: IntelOptions): IntelHover | undefined {
  const index = keyIndexAt(doc, offset);
  if (index < 0) return undefined;
  const key = doc.keys[index];
  if (contains(key.pathSpan, offset)) {
    const orchestrator = classifyKey(key);
    if (orchestrator?.level === 'registration' && !key.isDelete) {
      const registration = registrationOfKey(analysis.registrations, key);
      return registration ? { markdown: registrationMarkdown(registration, options.registrations ?? analysis.registrations), span: orchestrator.nameSpan && contains(orchestrator.nameSpan, offset) ? orchestrator.nameSpan : key.pathSpan } : undefined;
    }
    if (orchestrator?.level === 'parent') {
      return {
        markdown: `**UScheduler_OOBE** · \`${ORCHESTRATOR_KEY}\`\n\nThe orchestrator's key: each subkey is one expedited app registration. Values on this key itself register nothing (except \`BlockedOobeUpdaters\`).`,
        span: key.pathSpan,
      };
    }
    return undefined;
  }
  const value = key.values.find((v) => contains(v.span, offset));
  if (!value) return undefined;
  if (contains(value.nameSpan, offset)) {
    const info = classifyKey(key) ? registryValueDoc(value.name) : undefined;
    return info ? { markdown: valueMarkdown(info), span: value.nameSpan } : undefined;
  }
  if (!contains(value.dataSpan, offset)) return undefined;
  if (value.typeCode === 4 && typeof value.data === 'number') {
    return { markdown: dwordMarkdown(analysis, key, value, options), span: value.dataSpan };
  }
  const literal = value.stringLiteral;
  if (literal && registryValueDoc(value.name)?.name === 'expeditedPayload' && contains(literal.contentSpan, offset)) {
    const inner = jsonHover(literal.value, decodedOffsetAt(literal, offset), 'payload', options);
    return inner ? { markdown: inner.markdown, span: sourceSpan(literal, inner.span) } : undefined;
  }
  return undefined;
}

function dwordMarkdown(analysis: DocumentAnalysis, key: RegKeyEntry, value: RegValueEntry, options: IntelOptions): string {
  const n = value.data as number;
  const lines = [`\`REG_DWORD\` **${n}** (0x${n.toString(16).padStart(8, '0')})`];
  if (registryValueDoc(value.name)?.name === 'updaterPriority') {
    if (n < 1 || n > 100) lines.push('', 'Out of range: updaterPriority must be 1..100.');
    const registration = registrationOfKey(analysis.registrations, key);
    if (registration) lines.push('', registrationMarkdown(registration, options.registrations ?? analysis.registrations));
  }
  return lines.join('\n');
}

/** The registration a key line declares (registry names compare case-insensitively; a key may repeat). */
function registrationOfKey(registrations: readonly Registration[], key: RegKeyEntry): Registration | undefined {
  const name = key.isDelete ? undefined : classifyKey(key)?.name?.toLowerCase();
  return name === undefined ? undefined : registrations.find((r) => r.form === 'registry' && r.name.toLowerCase() === name);
}
