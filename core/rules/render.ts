import { PLACEHOLDER, textOf, type Arg, type Locale, type Message } from './message';

/**
 * The text of a message for a locale: the one place messages become words. A plain string (text
 * that is not from the catalogue, e.g. a path) renders as itself.
 */
export function render(message: Message | string, locale: Locale = 'en'): string {
  if (typeof message === 'string') return message;
  const text = textOf(message.id);
  if (!text) return message.id;
  const template = text[locale] || text.en;
  const args = message.args;
  if (!args) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const arg = args[name];
    return arg === undefined ? whole : renderArg(arg, locale);
  });
}

function renderArg(arg: Arg, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  if ('list' in arg) return arg.list.map((x) => renderArg(x, locale)).join(arg.separator);
  return render(arg, locale);
}
