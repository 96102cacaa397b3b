import type { Text } from '../message';

/**
 * A file the rule's page shows and a test checks: `text` (named `file`, whose name decides the
 * form: `.reg`, `updater_*.json`, `*.payload.json`) must give a finding of the rule; `fixed`, when
 * given, must not.
 */
export interface RuleExample {
  readonly file: string;
  readonly text: string;
  readonly fixed?: string;
  /** The encoding the file's bytes had, for rules about encodings (core/reg/model.ts RegEncoding). */
  readonly encoding?: 'utf16le-bom' | 'utf16le-nobom' | 'utf16be-bom' | 'utf8-bom' | 'utf8' | 'ansi';
  /** Other files analysed with it, for cross-file rules. */
  readonly others?: readonly { readonly file: string; readonly text: string }[];
}

/** The documentation of a rule: what the README table, the rule page and SARIF say about it. */
export interface RuleDoc {
  /** What the rule says, one sentence. */
  readonly rule: Text;
  /** Why the rule exists, naming its source (Microsoft's module or docs, regedit/Wine, ISO 3166, or our own reading). */
  readonly why: Text;
  /** What the quick fix does, when there is an unambiguous one. */
  readonly fix?: Text;
  readonly examples: readonly RuleExample[];
}

/** One entry per rule id of an area: a missing id or an id that is not a rule is a compile error. */
export type AreaDocs<Id extends string> = { readonly [K in Id]: RuleDoc };
