import type { RegDocument, RegEncoding } from './model';

/** Parses decoded .reg text. Linear in the input; never throws. */
export function parseReg(text: string, encoding?: RegEncoding): RegDocument {
  void text;
  return { header: 'invalid', headerSpan: { start: 0, end: 0 }, encoding, keys: [], findings: [] };
}
