// Human names for codes in reasons and notes.
import { editionInfo } from '../data/editions';

/** "48 (Pro)", or just "48" for a code the edition table does not know. */
export function editionLabel(code: number): string {
  const info = editionInfo(code);
  return info ? `${code} (${info.name})` : String(code);
}
