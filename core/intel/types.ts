import type { Span } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { Message } from '../rules/message';
import type { Snippet } from './snippet';

/** What a completion offers; the server maps it to an LSP CompletionItemKind. */
export type IntelCompletionKind =
  | 'property'
  | 'enum'
  | 'boolean'
  | 'number'
  | 'region'
  | 'edition'
  | 'snippet'
  | 'keyPath'
  | 'valueName'
  | 'valueData';

/** One completion, in document offsets. No LSP types: the server adapts it. */
export interface IntelCompletion {
  /** The item's identity (English); the editor shows `title` when there is one. */
  label: string;
  /** The label in words, rendered per locale by the server (snippets that write a whole file or registration). */
  title?: Message;
  kind: IntelCompletionKind;
  /** One line shown beside the label (type and range, a country name, an edition name); rendered by the server. */
  detail?: Message | string;
  /** Shown right after the label, always visible (a region's country name beside its code). */
  labelDetail?: string;
  /** Markdown; rendered by the server. */
  documentation?: Message | string;
  insert: Snippet;
  /** The document characters the insert replaces (the cursor lies inside or at an end of it). */
  replace: Span;
  /** What the editor filters on: the inserted text as it will appear (quotes and escapes included). */
  filterText?: string;
  sortText?: string;
}

export interface IntelHover {
  /** Markdown; rendered by the server. */
  markdown: Message | string;
  span: Span;
}

/** What completions and hovers may use beyond the document itself. */
export interface IntelOptions {
  /** The editor's display language (`en`, `ko`, `ko-kr`, ...): picks region names, which are data, not messages. */
  locale?: string;
  /** Every registration the workspace knows: for run-order hovers, and so that a new registration's example values clash with none. */
  registrations?: readonly Registration[];
  /** The document's path or URI (a registration file's name gives its UpdaterName). */
  path?: string;
  /** The character whose typing asked for completions (none when the user asked: Ctrl+Space). */
  triggerCharacter?: string;
}
