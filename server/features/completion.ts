// Completions: the core computes them on the cached analysis; this file only maps them to LSP.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver/node';
import { completionsAt, TRIGGER_CHARACTERS } from '../../core/intel/completion';
import { hasTabstops, plainText, snippetSyntax } from '../../core/intel/snippet';
import type { IntelCompletion, IntelCompletionKind } from '../../core/intel/types';
import type { LineIndex } from '../../core/text/lineIndex';
import type { Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import type { ServerContext, ServerFeature } from '../context';

const KINDS: Readonly<Record<IntelCompletionKind, CompletionItemKind>> = {
  property: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  boolean: CompletionItemKind.Value,
  number: CompletionItemKind.Value,
  region: CompletionItemKind.Constant,
  edition: CompletionItemKind.Constant,
  snippet: CompletionItemKind.Snippet,
  keyPath: CompletionItemKind.Module,
  valueName: CompletionItemKind.Field,
  valueData: CompletionItemKind.Value,
};

export interface CompletionClientSupport {
  snippets: boolean;
  markdown: boolean;
  /** The locale details and documentation are rendered in (default English). */
  locale?: Locale;
}

export function toCompletionItem(item: IntelCompletion, lines: LineIndex, support: CompletionClientSupport): CompletionItem {
  const snippet = support.snippets && hasTabstops(item.insert);
  const result: CompletionItem = {
    label: item.title ? render(item.title, support.locale) : item.label,
    kind: KINDS[item.kind],
    textEdit: { range: lines.rangeOf(item.replace), newText: snippet ? snippetSyntax(item.insert) : plainText(item.insert) },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (item.labelDetail) result.labelDetails = { detail: ` ${item.labelDetail}` };
  if (item.detail) result.detail = render(item.detail, support.locale);
  if (item.documentation) {
    const documentation = render(item.documentation, support.locale);
    result.documentation = support.markdown ? { kind: MarkupKind.Markdown, value: documentation } : documentation;
  }
  if (item.filterText !== undefined) result.filterText = item.filterText;
  if (item.sortText !== undefined) result.sortText = item.sortText;
  return result;
}

export const completionFeature: ServerFeature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false } }),
  register: (ctx: ServerContext) => {
    const completion = ctx.clientCapabilities.textDocument?.completion?.completionItem;
    const support: CompletionClientSupport = {
      snippets: completion?.snippetSupport === true,
      markdown: completion?.documentationFormat?.includes(MarkupKind.Markdown) ?? false,
    };
    ctx.connection.onCompletion((params): CompletionList | null => {
      const uri = params.textDocument.uri;
      try {
        const analysis = ctx.analysis(uri);
        const lines = ctx.lineIndex(uri);
        if (!analysis || !lines) return null;
        const locale = ctx.locale;
        const items = completionsAt(analysis, lines.offsetAt(params.position), { locale, triggerCharacter: params.context?.triggerCharacter, registrations: ctx.allRegistrations() });
        const rendering = { ...support, locale };
        return { isIncomplete: false, items: items.map((i) => toCompletionItem(i, lines, rendering)) };
      } catch (err) {
        ctx.connection.console.error(`completion failed for ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return null;
      }
    });
  },
};
