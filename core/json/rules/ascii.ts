import { report } from '../../diagnostics/catalogue';
import { jsonFix, jsonPhrase, nonAscii, registrationEncoding } from '../../rules/json';
import type { Message } from '../../rules/message';
import type { Finding } from '../../diagnostics/types';
import type { RegEncoding } from '../../reg/model';

const NON_ASCII = /[\u0080-\uffff]+/g;
const ANY_NON_ASCII = /[\u0080-\uffff]/;
const MAX_REPORTS = 20;

/** A registration file must be ASCII [EN-DOC]: one finding per run of non-ASCII characters. */
export function asciiFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!ANY_NON_ASCII.test(text)) return findings;
  for (const m of text.matchAll(NON_ASCII)) {
    if (findings.length >= MAX_REPORTS) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (m.index === 0 && m[0].startsWith('\ufeff')) {
      const bom = { start: 0, end: 1 };
      findings.push(report(nonAscii.message.bom(), bom, {
        fixes: [{ title: jsonFix.removeBom(), edits: [{ span: bom, newText: '' }], safeForFixAll: true }],
      }));
      if (m[0].length === 1) continue;
      span.start = 1;
    }
    const chars = text.slice(span.start, span.end);
    const shown = [...chars].slice(0, 3).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    findings.push(report(nonAscii.message.found({ chars: JSON.stringify(chars.length > 8 ? chars.slice(0, 8) + '…' : chars), codes: shown }), span));
  }
  return findings;
}

const ENCODING_NAMES: Partial<Record<RegEncoding, Message>> = {
  'utf16le-bom': jsonPhrase.utf16leBom(),
  'utf16be-bom': jsonPhrase.utf16beBom(),
  'utf8-bom': jsonPhrase.utf8Bom(),
};

/**
 * A file saved with a byte-order mark: one finding for the whole encoding [EN-DOC: ASCII]; the
 * decoded content is then checked as usual. Microsoft's validator reads such files (Get-Content
 * decodes the mark), so the message says why we still ask for ASCII.
 */
export function encodingFinding(text: string, encoding: RegEncoding | undefined): Finding | undefined {
  const name = encoding && ENCODING_NAMES[encoding];
  if (!name) return undefined;
  const lineEnd = text.search(/\r|\n|$/);
  return report(registrationEncoding.message.saved({ encoding: name }), { start: 0, end: Math.max(0, lineEnd) });
}
