// Messages as data: a finding, a fix title or a hover carries a message id and its arguments, and
// the edge (server, CLI, extension) renders it for the user's locale with `render`.
export type Locale = 'en' | 'ko';
export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** One sentence in every locale. Placeholders are `{name}`; both forms use the same names. */
export interface Text {
  readonly en: string;
  readonly ko: string;
}

export interface Message {
  readonly id: string;
  readonly args?: MessageArgs;
}

/** A list rendered with one separator (punctuation, the same in every locale). */
export interface ArgList {
  readonly list: readonly Arg[];
  readonly separator: string;
}

export type Arg = string | number | Message | ArgList;
export type MessageArgs = Readonly<Record<string, Arg>>;

// `{name}` placeholders of a template, at the type level, so a missing or misspelt argument is a
// compile error. Braces around anything that is not a plain name (JSON in backticks) are text.
type Name<P extends string> = P extends `${string}${' ' | '`' | '"' | "'" | '{' | ':' | ',' | '.'}${string}` ? never : P extends '' ? never : P;
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? Name<P> | Placeholders<Rest> : never;
export type ArgsOf<T extends Text> = [Placeholders<T['en']>] extends [never] ? [] : [args: { readonly [K in Placeholders<T['en']>]: Arg }];
export type MessageFactory<T extends Text, M extends Message = Message> = (...args: ArgsOf<T>) => M;
export type Factories<M extends Record<string, Text>, R extends Message = Message> = { readonly [K in keyof M]: MessageFactory<M[K], R> };

/** The runtime form of a placeholder (the type above, as a regular expression). */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

const table = new Map<string, Text>();

/** Every message id with its texts (the completeness test and the rule pages read it). */
export function allMessages(): ReadonlyMap<string, Text> {
  return table;
}

export function textOf(id: string): Text | undefined {
  return table.get(id);
}

/** Registers `scope.key` for each text and returns one typed constructor per key. */
export function defineMessages<const M extends Record<string, Text>>(scope: string, texts: M): Factories<M> {
  return registerMessages(scope, texts, (id, args) => (args ? { id, args } : { id }));
}

export function registerMessages<M extends Record<string, Text>, R extends Message>(scope: string, texts: M, make: (id: string, args: MessageArgs | undefined) => R): Factories<M, R> {
  const out: Record<string, (args?: MessageArgs) => R> = {};
  for (const key of Object.keys(texts)) {
    const id = `${scope}.${key}`;
    if (table.has(id)) throw new Error(`message ${id} is defined twice`);
    table.set(id, texts[key]);
    out[key] = (args?: MessageArgs) => make(id, args);
  }
  return out as unknown as Factories<M, R>;
}

export function list(items: readonly Arg[], separator = ', '): ArgList {
  return { list: items, separator };
}

/**
 * Two messages say the same (ids and arguments, deeply): diagnostics reuse compares with it, for
 * thousands of findings a keystroke, so it allocates nothing and tries identity first.
 */
export function sameMessage(a: Message | string, b: Message | string): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string' || a.id !== b.id) return false;
  return sameArgs(a.args, b.args);
}

function sameArgs(a: MessageArgs | undefined, b: MessageArgs | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  for (const k in a) if (!sameArg(a[k], b[k])) return false;
  for (const k in b) if (!(k in a)) return false;
  return true;
}

function sameArg(a: Arg | undefined, b: Arg | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  const aList = 'list' in a;
  if (aList !== ('list' in b)) return false;
  if (!aList) return sameMessage(a as Message, b as Message);
  const x = a as ArgList;
  const y = b as ArgList;
  if (x.separator !== y.separator || x.list.length !== y.list.length) return false;
  for (let i = 0; i < x.list.length; i++) if (!sameArg(x.list[i], y.list[i])) return false;
  return true;
}
