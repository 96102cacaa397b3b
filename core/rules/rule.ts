import { registerMessages, type Factories, type Message, type Text } from './message';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Where a rule comes from (see docs/sources.md): Microsoft's module, its docs, regedit/Wine behaviour, or our own reading. */
export type RuleSource = 'AO' | 'EN-DOC' | 'KO-DOC' | 'WILD' | 'WUA' | 'reg-format' | 'ISO-3166' | 'expedited-apps';

export type RuleArea = 'registration' | 'payload' | 'json' | 'reg' | 'registry' | 'workspace';

/**
 * The stable identity of a rule, all the runtime needs. What the rule says, why, its fix and its
 * examples are documentation: `core/rules/docs/<area>.ts`, read through `ruleDocs(id)`.
 */
export interface RuleMeta<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly area: RuleArea;
  readonly source: RuleSource;
  /** Codes this more specific rule replaces when both report the same characters. */
  readonly supersedes?: readonly string[];
}

/** A message of a rule: reporting it makes a finding of that rule. */
export interface RuleMessage<Id extends string = string> extends Message {
  readonly rule: Id;
}

export interface Rule<Id extends string = string, M extends Record<string, Text> = Record<string, Text>> extends RuleMeta<Id> {
  /** One typed constructor per message of the rule: `rule.message.found({ found })`. */
  readonly message: Factories<M, RuleMessage<Id>>;
}

/**
 * Declares a rule: its metadata and its messages (ids `<rule id>.<key>`), in every locale. The
 * rule objects of an area live in one file of `core/rules/`; `index.ts` gathers them.
 */
export function defineRule<const Id extends string, const M extends Record<string, Text> = Record<never, Text>>(meta: RuleMeta<Id> & { readonly messages?: M }): Rule<Id, M> {
  const { messages, ...rest } = meta;
  const message = registerMessages(meta.id, messages ?? ({} as M), (id, args): RuleMessage<Id> => (args ? { id, args, rule: meta.id } : { id, rule: meta.id }));
  return { ...rest, message };
}
