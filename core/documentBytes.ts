// A document's bytes → the text the editor shows and the encoding the rules judge. The one decoder
// for every reader: the CLI, the language server's disk reads and the editor's Apply path
// (test/cli/same-bytes.test.ts shows they agree).
import { isRegDocument } from './documentKinds';
import { decodeRegBytes } from './reg/decode';
import type { RegEncoding } from './reg/model';

export interface DecodedDocument {
  text: string;
  /** `.reg`: always; JSON: only when a byte-order mark was found (plain UTF-8 has nothing to report). */
  encoding?: RegEncoding;
}

export interface DecodeOptions {
  /** Path or URI: decides `.reg` or JSON when `languageId` is not given. */
  path: string;
  /** The editor's language of the document, when it is open. */
  languageId?: string;
  /** The ANSI code page of REGEDIT4 files that are neither UTF-16 nor UTF-8 (default 1252). */
  codePage?: number;
}

/**
 * `.reg` bytes are decoded as regedit reads them (core/reg/decode.ts). JSON bytes: a byte-order
 * mark picks UTF-8 or UTF-16, as Windows PowerShell's Get-Content does; without one, UTF-8 as the
 * editor shows it (Get-Content reads ANSI there, but any non-ASCII byte is an error anyway, and the
 * JSON core reads keys as ANSI would: core/json/context.ts). The mark is
 * left out of the text and reported once by the JSON core from `encoding` (registration files must
 * be ASCII), so the content is checked as written, not as ~100 findings of misread bytes.
 */
export function decodeDocumentBytes(bytes: Uint8Array, options: DecodeOptions): DecodedDocument {
  if (isRegDocument(options.path, options.languageId)) return decodeRegBytes(bytes, options.codePage);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le-bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be-bom' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf8-bom' };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}
