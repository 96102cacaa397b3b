// Outline (document symbols) for both forms, and folding per .reg key block.
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../../core/analyze';
import type { Span } from '../../core/diagnostics/types';
import type { Registration } from '../../core/model/registration';
import type { RegKeyEntry, RegValueEntry } from '../../core/reg/model';
import type { LineIndex } from '../../core/text/lineIndex';
import { priorityText } from '../../core/intel/runOrder';
import { intelText } from '../../core/intel/texts';
import type { Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import type { ServerFeature } from '../context';

const MAX_DETAIL = 60;

/**
 * A .reg whose outline would hold more entries (keys and values) than this lists its keys only:
 * registrations with their names and priorities, other keys by path. VS Code asks for the outline
 * on every edit (breadcrumbs, sticky scroll, the Outline view), and each entry is ≈ 270 bytes of
 * JSON the extension host converts and the window lays out. 600 entries is ≈ 200 registrations
 * (a key and its two values each), ≈ 160 KB; 1,000 registrations with their values were 804 KB,
 * without them ≈ 250 KB. What the big outline leaves out is thousands of entries of the same few
 * names (`updaterPriority`, `expeditedPayload`), which neither the Outline view nor Go to Symbol
 * can tell apart; the values are one click away in the text.
 */
export const FULL_OUTLINE_MAX_ENTRIES = 600;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > MAX_DETAIL ? `${oneLine.slice(0, MAX_DETAIL - 1)}…` : oneLine;
}

/** "priority 5 · Fabrikam.App_8wekyb3d8bbwe": what tells registrations apart at a glance. */
export function registrationDetail(r: Registration, locale: Locale = 'en'): string {
  const priority = render(priorityText(r), locale);
  return r.settings.PFN ? `${priority} · ${r.settings.PFN}` : priority;
}

function symbol(lines: LineIndex, name: string, detail: string | undefined, kind: SymbolKind, span: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol {
  // The selection must lie inside the range, whatever the core reports.
  const sel = selection.start >= span.start && selection.end <= span.end ? selection : { start: span.start, end: span.start };
  const s: DocumentSymbol = { name: name || ' ', kind, range: lines.rangeOf(span), selectionRange: lines.rangeOf(sel) };
  if (detail) s.detail = detail;
  if (children?.length) s.children = children;
  return s;
}

const contains = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

function valueDetail(value: RegValueEntry, locale: Locale): string {
  if (value.isDelete) return render(intelText.valueDeleted(), locale);
  const data = value.data;
  const shown = data === undefined ? '' : Array.isArray(data) ? data.join(', ') : typeof data === 'number' ? `${data} (0x${data.toString(16)})` : data;
  return shorten(`${value.type ?? ''} ${shown}`.trim());
}

function regSymbols(analysis: DocumentAnalysis, lines: LineIndex, locale: Locale): DocumentSymbol[] {
  const keys = analysis.reg?.keys ?? [];
  let entries = keys.length;
  for (const key of keys) entries += key.values.length;
  const withValues = entries <= FULL_OUTLINE_MAX_ENTRIES;
  // Registrations by where their name starts: one lookup per key, not a search of them all.
  const byNameStart = [...analysis.registrations].sort((a, b) => a.nameSpan.start - b.nameSpan.start);
  const registrationIn = (key: RegKeyEntry) => {
    let lo = 0;
    let hi = byNameStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byNameStart[mid].nameSpan.start < key.pathSpan.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < byNameStart.length && byNameStart[i].nameSpan.start <= key.pathSpan.end; i++) {
      if (contains(key.pathSpan, byNameStart[i].nameSpan)) return byNameStart[i];
    }
    return undefined;
  };
  return keys.map((key: RegKeyEntry) => {
    const registration = registrationIn(key);
    const values = withValues ? key.values.map((v) => symbol(lines, v.name === '' ? '(Default)' : v.name, valueDetail(v, locale), SymbolKind.Property, v.span, v.nameSpan)) : undefined;
    if (registration) {
      return symbol(lines, registration.name, registrationDetail(registration, locale), SymbolKind.Package, key.blockSpan, registration.nameSpan, values);
    }
    return symbol(lines, key.isDelete ? `-${key.path}` : key.path, key.isDelete ? render(intelText.keyDeleted(), locale) : undefined, SymbolKind.Namespace, key.blockSpan, key.pathSpan, values);
  });
}

function jsonKind(node: JsonNode): SymbolKind {
  switch (node.type) {
    case 'object':
      return SymbolKind.Object;
    case 'array':
      return SymbolKind.Array;
    case 'string':
      return SymbolKind.String;
    case 'number':
      return SymbolKind.Number;
    case 'boolean':
      return SymbolKind.Boolean;
    default:
      return SymbolKind.Null;
  }
}

function jsonDetail(node: JsonNode): string | undefined {
  if (node.type === 'object' || node.type === 'array') return undefined;
  return shorten(node.type === 'string' ? String(node.value) : String(node.value));
}

const spanOfNode = (node: JsonNode): Span => ({ start: node.offset, end: node.offset + node.length });

function jsonChildren(node: JsonNode | undefined, lines: LineIndex, depth: number): DocumentSymbol[] {
  if (!node?.children || depth > 8) return [];
  if (node.type === 'object') {
    return node.children.flatMap((property) => {
      const [key, value] = property.children ?? [];
      if (!key) return [];
      const kind = value ? jsonKind(value) : SymbolKind.Property;
      return [symbol(lines, String(key.value), value && jsonDetail(value), kind, spanOfNode(property), spanOfNode(key), jsonChildren(value, lines, depth + 1))];
    });
  }
  if (node.type === 'array') {
    // Only structured elements deserve outline entries; lists of codes would be noise.
    return node.children.flatMap((item, i) =>
      item.type === 'object' || item.type === 'array' ? [symbol(lines, `[${i}]`, undefined, jsonKind(item), spanOfNode(item), spanOfNode(item), jsonChildren(item, lines, depth + 1))] : [],
    );
  }
  return [];
}

function jsonSymbols(analysis: DocumentAnalysis, lines: LineIndex, locale: Locale): DocumentSymbol[] {
  const root = parseTree(analysis.text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return [];
  const children = jsonChildren(root, lines, 0);
  const registration = analysis.registrations[0];
  const name = registration?.name ?? (analysis.kind === 'payload' ? 'expeditedPayload' : 'registration');
  const detail = registration ? registrationDetail(registration, locale) : undefined;
  return [symbol(lines, name, detail, analysis.kind === 'payload' ? SymbolKind.Object : SymbolKind.Package, spanOfNode(root), { start: root.offset, end: root.offset + 1 }, children)];
}

/** The outline of one analysed version: VS Code asks for it several times per edit (outline, breadcrumbs, sticky scroll). */
const symbolsOfVersion = new WeakMap<DocumentAnalysis, { lines: LineIndex; locale: Locale; symbols: DocumentSymbol[] }>();

export function documentSymbols(analysis: DocumentAnalysis, lines: LineIndex, locale: Locale = 'en'): DocumentSymbol[] {
  const hit = symbolsOfVersion.get(analysis);
  if (hit?.lines === lines && hit.locale === locale) return hit.symbols;
  const symbols = analysis.kind === 'reg' ? regSymbols(analysis, lines, locale) : jsonSymbols(analysis, lines, locale);
  symbolsOfVersion.set(analysis, { lines, locale, symbols });
  return symbols;
}

/** One range per key block (from its key line to its last value), and per value spread over lines. */
export function regFoldingRanges(analysis: DocumentAnalysis, lines: LineIndex): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (span: Span) => {
    const startLine = lines.positionAt(span.start).line;
    const endLine = lines.positionAt(Math.max(span.start, span.end - 1)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  for (const key of analysis.reg?.keys ?? []) {
    add(key.blockSpan);
    for (const value of key.values) add(value.span);
  }
  return ranges;
}

export const symbolsFeature: ServerFeature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Expedited Apps' }, foldingRangeProvider: true }),
  register: (ctx) => {
    ctx.connection.onDocumentSymbol((params) => {
      try {
        const analysis = ctx.analysis(params.textDocument.uri);
        const lines = ctx.lineIndex(params.textDocument.uri);
        return analysis && lines ? documentSymbols(analysis, lines, ctx.locale) : null;
      } catch (err) {
        ctx.trace(`document symbols failed: ${(err as Error).stack ?? String(err)}`);
        return null;
      }
    });
    ctx.connection.onFoldingRanges((params) => {
      try {
        const analysis = ctx.analysis(params.textDocument.uri);
        const lines = ctx.lineIndex(params.textDocument.uri);
        // JSON folding is VS Code's own; .reg has no other provider.
        return analysis?.kind === 'reg' && lines ? regFoldingRanges(analysis, lines) : null;
      } catch (err) {
        ctx.trace(`folding ranges failed: ${(err as Error).stack ?? String(err)}`);
        return null;
      }
    });
  },
};
