import { SyntaxKind } from 'jsonc-parser';
import type { DocumentAnalysis } from '../analyze';
import type { Span } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { JsonForm } from '../json/schemas';
import { keyDoc } from '../json/keys';
import { checkRegion, regionName, type RegionCheck } from '../data/regions';
import { regionReason } from '../json/rules/values';
import { editionInfo, editionName } from '../data/editions';
import type { RegDocument, RegKeyEntry, RegValueEntry } from '../reg/model';
import { classifyKey } from '../registry/keyPath';
import { jsonCursorAt } from './jsonCursor';
import { EDITION_KEYS, FORM_NAMES, keyMarkdown, REGION_KEYS } from './keyText';
import { registryValueDoc, valueMarkdown } from './registryValues';
import { keyIndexAt, sourceSpan, decodedOffsetAt } from './regString';
import { registrationMarkdown } from './runOrder';
import { ORCHESTRATOR_KEY } from '../registry/orchestratorKey';
import type { IntelHover, IntelOptions } from './types';
import type { Message } from '../rules/message';
import { intelText, joined, lines } from './texts';

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

/** Region notes the region data carries in English, in every locale. */
const REGION_NOTES: Readonly<Record<string, Message>> = { XK: intelText.regionKosovoNote() };

/** Why a code is not a region, in the display language (the words of checkRegion's reason). */
function regionWhy(check: RegionCheck): Message {
  const upper = check.code.toUpperCase();
  if (check.lowercase && check.status === 'assigned') return intelText.regionLowercase({ code: check.code, upper });
  if (check.lowercase && upper === 'XK') return intelText.regionLowercaseUserAssigned({ code: check.code, upper });
  return regionReason(check);
}

/** A region code's country name (in the display language) or why the code is not a region. */
export function regionMarkdown(code: string, locale = 'en'): Message {
  const check = checkRegion(code);
  if (check.valid) {
    const local = regionName(code, locale);
    const english = regionName(code, 'en');
    // Region names are data in the display language (core/data/regions.ts), not messages.
    const names = local && english && local !== english ? `${local} (${english})` : (local ?? english ?? code);
    if (check.note) return lines(`**${code}** · ${check.name ?? names}`, '', REGION_NOTES[code.toUpperCase()] ?? check.note);
    return lines(`**${code}** · ${names}`, '', 'ISO 3166-1 alpha-2');
  }
  const out: (Message | string)[] = [intelText.regionNotValid({ code, reason: regionWhy(check) })];
  if (check.suggestion) {
    const name = regionName(check.suggestion, locale);
    out.push('', name ? intelText.regionUseNamed({ code: check.suggestion, name }) : intelText.regionUse({ code: check.suggestion }));
  }
  out.push('', intelText.regionRule());
  return lines(...out);
}

export function editionMarkdown(code: number): Message {
  const info = editionInfo(code);
  if (!info) return intelText.editionUnknown({ code });
  const notes: Message[] = [];
  if (info.server) notes.push(intelText.editionServer());
  if (info.special) notes.push(intelText.editionSpecial());
  return lines(joined([`**${code}**`, editionName(info)], ' · '), '', intelText.editionCode({ constant: info.constant, hex: info.hex }), ...notes.flatMap((n) => ['', n]));
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
        markdown: intelText.parentKeyHover({ path: ORCHESTRATOR_KEY }),
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

function dwordMarkdown(analysis: DocumentAnalysis, key: RegKeyEntry, value: RegValueEntry, options: IntelOptions): Message {
  const n = value.data as number;
  const out: (Message | string)[] = [`\`REG_DWORD\` **${n}** (0x${n.toString(16).padStart(8, '0')})`];
  if (registryValueDoc(value.name)?.name === 'updaterPriority') {
    if (n < 1 || n > 100) out.push('', intelText.priorityOutOfRange());
    const registration = registrationOfKey(analysis.registrations, key);
    if (registration) out.push('', registrationMarkdown(registration, options.registrations ?? analysis.registrations));
  }
  return lines(...out);
}

/** The registration a key line declares (registry names compare case-insensitively; a key may repeat). */
function registrationOfKey(registrations: readonly Registration[], key: RegKeyEntry): Registration | undefined {
  const name = key.isDelete ? undefined : classifyKey(key)?.name?.toLowerCase();
  return name === undefined ? undefined : registrations.find((r) => r.form === 'registry' && r.name.toLowerCase() === name);
}
