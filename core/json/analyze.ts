import type { Node } from 'jsonc-parser';
import { report } from '../diagnostics/catalogue';
import { jsonPhrase, rootNotObject } from '../rules/json';
import type { Finding, Span } from '../diagnostics/types';
import { DEFAULT_FILE_PRIORITY, type Registration, type RegistrationSettings } from '../model/registration';
import { createContext, type RuleContext } from './context';
import { parseJsonDocument } from './document';
import { spanOf } from './edits';
import type { RegEncoding } from '../reg/model';
import type { Message } from '../rules/message';
import { asciiFindings, encodingFinding } from './rules/ascii';
import { checkCombinations } from './rules/combinations';
import { checkKeys } from './rules/keys';
import { checkPowerShellReading, readAsPowerShell } from './rules/powershell';
import { checkSchema } from './rules/schema';
import { checkValues } from './rules/values';
import { settingsFrom } from './settings';

export type JsonKind = 'registration' | 'payload';

export interface JsonAnalysis {
  kind: JsonKind;
  findings: Finding[];
  /** The settings read from the document (defaults applied), when it is an object. */
  settings?: RegistrationSettings;
  /** The jsonc-parser tree (offsets into the analysed text), for editor features. */
  root?: Node;
  /** The root object's effective values (last occurrence of a key wins, as in JSON.parse). */
  values?: Record<string, unknown>;
  /** Where each key's effective (last) occurrence sits: key and value spans. */
  keySpans?: Record<string, { key: Span; value?: Span }>;
}

/** What a JSON value other than an object is, in words. */
const ROOT_TYPE_NAMES: Readonly<Record<string, Message>> = {
  array: jsonPhrase.rootArray(),
  string: jsonPhrase.rootString(),
  number: jsonPhrase.rootNumber(),
  boolean: jsonPhrase.rootBoolean(),
  null: jsonPhrase.rootNull(),
};

/** Keys only the registration-file form has: their presence decides the kind. */
const REGISTRATION_ONLY_KEY = /"(?:OEMName|UpdaterName|RegistrationVersion|Source|Scenario|ProductId)"\s*:/i;

/** Registration file or bare payload, told apart by content (path only as a fallback). */
export function detectJsonKind(text: string, path?: string): JsonKind {
  if (REGISTRATION_ONLY_KEY.test(text)) return 'registration';
  if (path && /\.payload\.json$/i.test(path)) return 'payload';
  return path && /(^|[/\\])updater_[^/\\]*\.json$/i.test(path) ? 'registration' : 'payload';
}

/** Validates a JSON document of one form. Spans are offsets into `text`; `encoding`: how its bytes were saved, when read from disk. */
export function analyzeJson(text: string, kind: JsonKind, encoding?: RegEncoding): JsonAnalysis {
  const doc = parseJsonDocument(text);
  const findings = [...doc.findings];
  if (kind === 'registration') {
    const marked = encodingFinding(text, encoding);
    if (marked) findings.push(marked);
    for (const f of asciiFindings(text)) findings.push(f); // no spread: a file may have 100k+ findings
  }
  const root = doc.root;
  if (!root) return { kind, findings };
  if (root.type !== 'object') {
    const found = ROOT_TYPE_NAMES[root.type] ?? root.type;
    findings.push(report(kind === 'registration' ? rootNotObject.message.registration({ found }) : rootNotObject.message.payload({ found }), spanOf(root)));
    return { kind, findings, root };
  }
  // Only registration files go through Get-Content (payloads are registry strings or ours alone).
  const ansi = kind === 'registration' && !encoding?.endsWith('-bom');
  const ctx = createContext(text, kind, root, doc.strict ? (doc.value as Record<string, unknown>) : undefined, ansi);
  checkKeys(ctx);
  readAsPowerShell(ctx);
  checkSchema(ctx);
  checkPowerShellReading(ctx);
  checkValues(ctx);
  checkCombinations(ctx);
  for (const f of ctx.findings) findings.push(f);
  return { kind, findings, settings: settingsFrom(ctx), root, values: ctx.value, keySpans: keySpansOf(ctx) };
}

function keySpansOf(ctx: RuleContext): Record<string, { key: Span; value?: Span }> {
  const out: Record<string, { key: Span; value?: Span }> = {};
  for (const [key, m] of ctx.byKey) out[key] = { key: spanOf(m.keyNode), value: m.valueNode ? spanOf(m.valueNode) : undefined };
  return out;
}

/** The file-form registration a registration document describes (undefined for payloads). */
export function registrationFromJson(path: string, text: string, analysis: JsonAnalysis): Registration | undefined {
  const root = analysis.root;
  if (analysis.kind !== 'registration' || root?.type !== 'object' || !analysis.settings) return undefined;
  void text; // spans and values come from the analysis of this same text
  const settings = analysis.settings;
  const fromFileName = /updater_([^/\\]*)\.json$/i.exec(path)?.[1];
  const name = `${settings.OEMName ?? 'OEM'}_${settings.UpdaterName ?? fromFileName ?? 'Updater'}`;
  const brace = { start: root.offset, end: root.offset + 1 };
  const valueSpan = (key: string): Span | undefined => analysis.keySpans?.[key]?.value;
  const rawPriority = analysis.values?.Priority;
  const priority = typeof rawPriority === 'number' && Number.isInteger(rawPriority) ? rawPriority : undefined;
  const registration: Registration = {
    name,
    form: 'file',
    path,
    span: spanOf(root),
    nameSpan: valueSpan('UpdaterName') ?? valueSpan('OEMName') ?? brace,
    priority: priority ?? DEFAULT_FILE_PRIORITY,
    priorityExplicit: priority !== undefined,
    settings,
    explicitKeys: Object.keys(analysis.values ?? {}),
    hasErrors: analysis.findings.some((f) => f.severity === 'error'),
  };
  const prioritySpan = priority !== undefined ? valueSpan('Priority') : undefined;
  if (prioritySpan) registration.prioritySpan = prioritySpan;
  const pfnSpan = settings.PFN !== undefined ? valueSpan('PFN') : undefined;
  if (pfnSpan) registration.pfnSpan = pfnSpan;
  return registration;
}
