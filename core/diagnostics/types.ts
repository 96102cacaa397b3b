/** Offsets are UTF-16 code units into the decoded document text (what a JS string indexes). */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Where a rule comes from (see shared domain docs): Microsoft's module, its docs, regedit/Wine behaviour, or our own reading. */
export type RuleSource = 'AO' | 'EN-DOC' | 'KO-DOC' | 'WILD' | 'WUA' | 'reg-format' | 'ISO-3166' | 'expedited-apps';

export type RuleArea = 'registration' | 'payload' | 'json' | 'reg' | 'registry' | 'workspace';

/** One catalogue entry: the stable identity of a rule. */
export interface RuleInfo {
  code: string;
  severity: Severity;
  area: RuleArea;
  source: RuleSource;
  /** What the rule says, one sentence (README table, hovers). */
  rule: string;
  /** What the quick fix does, when there is an unambiguous one. */
  fix?: string;
  /** Codes this more specific rule replaces when both report the same characters. */
  supersedes?: string[];
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply together with the other fixes of the file ("Fix all"). */
  safeForFixAll?: boolean;
}

export interface RelatedLocation {
  /** Path or URI of the other document; undefined = the same document. */
  path?: string;
  span: Span;
  message: string;
}

/** A finding of the core, in offsets. Adapters turn it into an LSP diagnostic or a CLI record. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
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
