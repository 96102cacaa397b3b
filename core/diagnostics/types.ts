import type { Message } from '../rules/message';
import type { RuleId } from '../rules';
import type { RuleMeta, Severity } from '../rules/rule';

export type { RuleArea, RuleSource, Severity } from '../rules/rule';
export type { Message } from '../rules/message';

/** Offsets are UTF-16 code units into the decoded document text (what a JS string indexes). */
export interface Span {
  start: number;
  end: number;
}

/** One catalogue entry: the stable identity of a rule (`core/rules/`). */
export type RuleInfo = RuleMeta;

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  /** Rendered per locale at the edge. */
  title: Message;
  edits: TextEdit[];
  /** Safe to apply together with the other fixes of the file ("Fix all"). */
  safeForFixAll?: boolean;
}

export interface RelatedLocation {
  /** Path or URI of the other document; undefined = the same document. */
  path?: string;
  span: Span;
  message: Message;
}

/** A finding of the core, in offsets. Adapters render its message and turn it into an LSP diagnostic or a CLI record. */
export interface Finding {
  code: RuleId;
  severity: Severity;
  message: Message;
  span: Span;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

/** LSP-style position: 0-based line and UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}
