import { report } from '../../diagnostics/catalogue';
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
      findings.push(report('non-ascii', bom, 'A registration file must be ASCII: remove the byte-order mark (save as ASCII / UTF-8 without BOM).', {
        fixes: [{ title: 'Remove the byte-order mark', edits: [{ span: bom, newText: '' }], safeForFixAll: true }],
      }));
      if (m[0].length === 1) continue;
      span.start = 1;
    }
    const chars = text.slice(span.start, span.end);
    const shown = [...chars].slice(0, 3).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
    findings.push(report('non-ascii', span, `A registration file must be ASCII; found ${JSON.stringify(chars.length > 8 ? chars.slice(0, 8) + '…' : chars)} (${shown}). Replace it with ASCII characters.`));
  }
  return findings;
}

const ENCODING_NAMES: Partial<Record<RegEncoding, string>> = {
  'utf16le-bom': 'UTF-16LE with a byte-order mark (what Windows PowerShell 5.1\'s Out-File and Set-Content -Encoding Unicode write)',
  'utf16be-bom': 'UTF-16BE with a byte-order mark',
  'utf8-bom': 'UTF-8 with a byte-order mark',
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
  return report('registration-encoding', { start: 0, end: Math.max(0, lineEnd) }, `This file is saved as ${name}. Microsoft's validator accepts this (PowerShell decodes the mark), but the documentation says a registration file is ASCII: save it as ASCII (Out-File -Encoding ascii, or UTF-8 without a byte-order mark when it is all ASCII).`);
}
