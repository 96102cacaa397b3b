import type { IntelCompletion } from '../../core/intel/types';
import { plainText } from '../../core/intel/snippet';

/** Splits a text with one `|` marking the cursor. */
export function cursor(textWithCursor: string): { text: string; offset: number } {
  const offset = textWithCursor.indexOf('|');
  if (offset < 0) throw new Error('no cursor marker');
  return { text: textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset };
}

/** The document after accepting `item` with every tab stop at its default. */
export function accept(text: string, item: IntelCompletion): string {
  return text.slice(0, item.replace.start) + plainText(item.insert) + text.slice(item.replace.end);
}

export function labels(items: readonly IntelCompletion[]): string[] {
  return items.map((i) => i.label);
}

export function find(items: readonly IntelCompletion[], label: string): IntelCompletion {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no completion ${label} in ${labels(items).join(', ')}`);
  return item;
}
