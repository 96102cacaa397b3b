/**
 * Where two versions of a text differ: `[start, oldEnd)` of the old text became `[start, newEnd)`
 * of the new one; everything before `start` and after the ends is the same in both.
 */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Compared a chunk at a time: natively compared slices are an order faster than a loop over char codes. */
const CHUNK = 4096;

/** The one changed region between two texts (common prefix and suffix); undefined when they are equal. */
export function changedRegion(oldText: string, newText: string): TextChange | undefined {
  if (oldText === newText) return undefined;
  const min = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix + CHUNK <= min && oldText.slice(prefix, prefix + CHUNK) === newText.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < min && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  const room = min - prefix;
  let suffix = 0;
  while (suffix + CHUNK <= room && oldText.slice(oldText.length - suffix - CHUNK, oldText.length - suffix) === newText.slice(newText.length - suffix - CHUNK, newText.length - suffix)) {
    suffix += CHUNK;
  }
  while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start: prefix, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}
