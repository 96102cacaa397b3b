import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, type LspTestClient } from '../helpers/lspClient';

/** Splits a text with one `|` marking the cursor into the text and the cursor's LSP position. */
export function withCursor(textWithCursor: string): { text: string; position: Position } {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker');
  const before = textWithCursor.slice(0, offset);
  const lines = before.split(/\r\n|\n/);
  return { text: before + textWithCursor.slice(offset + 1), position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

/** What a snippet leaves in the document when every tab stop keeps its default (what pressing Tab through it does). */
export function expandSnippet(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
      out += snippet[++i];
    } else if (c === '$' && snippet[i + 1] === '{') {
      const end = closingBrace(snippet, i + 2);
      const body = snippet.slice(i + 2, end);
      const choice = /^\d+\|((?:\\.|[^|])*)\|$/.exec(body);
      const placeholder = /^\d+:([\s\S]*)$/.exec(body);
      if (choice) out += unescapeChoice(choice[1].split(/(?<!\\),/)[0]);
      else if (placeholder) out += expandSnippet(placeholder[1]);
      i = end;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else {
      out += c;
    }
  }
  return out;
}

function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced snippet: ${s}`);
}

function unescapeChoice(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** Completions at `position`; with `triggerCharacter`, as the editor asks right after typing it. */
export async function completions(client: LspTestClient, uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> {
  const context = triggerCharacter === undefined ? undefined : { triggerKind: 2, triggerCharacter };
  const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position, context });
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

export function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no completion "${label}" among ${items.map((i) => i.label).join(', ')}`);
  return found;
}

/** The document after accepting a completion item (its textEdit, snippet expanded to its defaults). */
export function acceptItem(text: string, completion: CompletionItem): string {
  const edit = completion.textEdit;
  if (!edit || !('range' in edit)) throw new Error(`completion "${completion.label}" has no textEdit with a range`);
  const newText = completion.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText;
  const edits: TextEdit[] = [{ range: edit.range, newText }];
  return applyTextEdits(text, edits);
}

export function hoverText(hover: unknown): string {
  const contents = (hover as { contents?: unknown } | null)?.contents;
  if (!contents) return '';
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
  return (contents as { value: string }).value;
}
