import { PLACEHOLDER, textOf, type Arg, type Locale, type Message } from './message';

/**
 * A template split at its placeholders: literal text at even indices, placeholder names at odd
 * ones. Compiled once per message id and locale: a big file's diagnostics render thousands of
 * messages a pull, and a regular-expression replace per message was most of their conversion.
 */
type Compiled = readonly string[];

const compiled: Record<Locale, Map<string, Compiled>> = { en: new Map(), ko: new Map() };

function compiledOf(id: string, locale: Locale): Compiled | undefined {
  // A locale from outside the types (a setting read at run time) reads English, as `text[locale] || text.en` does.
  const cache = compiled[locale] ?? compiled.en;
  let parts = cache.get(id);
  if (parts === undefined) {
    const text = textOf(id);
    if (!text) return undefined;
    parts = compile(text[locale] || text.en);
    cache.set(id, parts);
  }
  return parts;
}

function compile(template: string): Compiled {
  const parts: string[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(from, m.index), m[1]);
    from = m.index + m[0].length;
  }
  parts.push(template.slice(from));
  return parts;
}

/**
 * The text of a message for a locale: the one place messages become words. A plain string (text
 * that is not from the catalogue, e.g. a path) renders as itself.
 */
export function render(message: Message | string, locale: Locale = 'en'): string {
  if (typeof message === 'string') return message;
  const parts = compiledOf(message.id, locale);
  if (!parts) return message.id;
  let out = parts[0];
  if (parts.length === 1) return out;
  const args = message.args;
  for (let i = 1; i < parts.length; i += 2) {
    const arg = args?.[parts[i]];
    // A placeholder without its argument stays as written.
    out += arg === undefined ? `{${parts[i]}}` : renderArg(arg, locale);
    out += parts[i + 1];
  }
  return out;
}

function renderArg(arg: Arg, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  if ('list' in arg) {
    let out = '';
    for (let i = 0; i < arg.list.length; i++) out += (i ? arg.separator : '') + renderArg(arg.list[i], locale);
    return out;
  }
  return render(arg, locale);
}
