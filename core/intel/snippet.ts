/**
 * Insert text with tab stops, kept structured until the last moment so that the same completion
 * can be escaped for a `.reg` string (where `"` and `\` need a backslash) before it is rendered as
 * snippet syntax (where `$`, `}` and `\` need one too).
 */
export interface Tabstop {
  tabstop: number;
  placeholder?: string;
  /** Offered as a choice list (`${1|a,b|}`); the first one is the default. */
  choices?: readonly string[];
}

export type SnippetPart = string | Tabstop;
export type Snippet = readonly SnippetPart[];

export function text(value: string): Snippet {
  return [value];
}

export function stop(tabstop: number, placeholder?: string): Tabstop {
  return placeholder === undefined ? { tabstop } : { tabstop, placeholder };
}

export function choice(tabstop: number, choices: readonly string[]): Tabstop {
  return { tabstop, choices };
}

/** True when the snippet has tab stops (a client without snippet support gets the plain text). */
export function hasTabstops(snippet: Snippet): boolean {
  return snippet.some((part) => typeof part !== 'string');
}

/** The text a snippet leaves when every tab stop keeps its default. */
export function plainText(snippet: Snippet): string {
  return snippet.map((part) => (typeof part === 'string' ? part : (part.choices?.[0] ?? part.placeholder ?? ''))).join('');
}

/** Applies `escape` to every piece of literal text (literals, placeholders, choices), keeping the tab stops. */
export function mapLiterals(snippet: Snippet, escape: (literal: string) => string): SnippetPart[] {
  return snippet.map((part) => {
    if (typeof part === 'string') return escape(part);
    const mapped: Tabstop = { tabstop: part.tabstop };
    if (part.placeholder !== undefined) mapped.placeholder = escape(part.placeholder);
    if (part.choices) mapped.choices = part.choices.map(escape);
    return mapped;
  });
}

/** Renders LSP/TextMate snippet syntax. */
export function snippetSyntax(snippet: Snippet): string {
  return snippet
    .map((part) => {
      if (typeof part === 'string') return escapeSnippetLiteral(part);
      if (part.choices?.length) return `\${${part.tabstop}|${part.choices.map(escapeChoice).join(',')}|}`;
      if (part.placeholder) return `\${${part.tabstop}:${escapeSnippetLiteral(part.placeholder)}}`;
      return `$${part.tabstop}`;
    })
    .join('');
}

function escapeSnippetLiteral(value: string): string {
  return value.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(value: string): string {
  return value.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}
