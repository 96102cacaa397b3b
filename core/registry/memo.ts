import type { Finding } from '../diagnostics/types';
import type { Registration } from '../model/registration';
import type { RegDocument, RegKeyEntry } from '../reg/model';
import type { TextChange } from '../text/textChange';
import type { LiveKey } from './importState';
import { movedFinding, shiftedBy } from '../diagnostics/move';

export interface RegistrationResult {
  registration: Registration;
  findings: Finding[];
}

interface Stored extends RegistrationResult {
  /** The key blocks the results were made from: start and end of each, in that version's offsets. */
  blocks: number[];
}

/**
 * Results per registration of one document version, by where its first key block starts. A
 * registration's analysis depends only on the text of its key blocks (and the file's header and
 * encoding), so the next version reuses the results of every registration whose blocks lie wholly
 * before or after the edited region, moved by the edit's length (typing in a 1,000-registration
 * file analyses one registration, and reads no text of the others).
 */
export class RegistrationMemo {
  private readonly results = new Map<number, Stored>();
  private readonly earlier: Map<number, Stored> | undefined;
  private readonly change: TextChange | undefined;

  constructor(
    private readonly text: string,
    private readonly path: string,
    private readonly doc: RegDocument,
    previous: RegistrationMemo | undefined,
    change: TextChange | undefined,
  ) {
    // Decoding (hex strings as UTF-16 or ANSI) depends on the header and encoding: reuse only when they stay.
    const comparable = previous && previous.path === path && previous.doc.header === doc.header && previous.doc.encoding === doc.encoding;
    if (comparable) {
      this.change = change;
      this.earlier = previous.results;
    }
  }

  analyze(key: LiveKey, compute: () => RegistrationResult): RegistrationResult {
    const blocks = blocksOf(key.sources);
    const stored = this.reusable(blocks) ?? { ...compute(), blocks };
    this.results.set(blocks[0], stored);
    return stored;
  }

  /** The previous version's results for these blocks, moved, when the edit left all of them unchanged. */
  private reusable(blocks: number[]): Stored | undefined {
    if (!this.earlier) return undefined;
    const change = this.change ?? { start: this.text.length, oldEnd: this.text.length, newEnd: this.text.length };
    let delta: number;
    // The whole last line counts: text after a value on its line (its own finding) can decide whether the importer keeps it.
    if (lineEndAt(this.text, blocks[blocks.length - 1]) < change.start) delta = 0;
    else if (blocks[0] >= change.newEnd) delta = change.newEnd - change.oldEnd;
    else return undefined;
    const old = this.earlier.get(blocks[0] - delta);
    if (!old || old.blocks.length !== blocks.length) return undefined;
    for (let i = 0; i < blocks.length; i++) if (old.blocks[i] + delta !== blocks[i]) return undefined;
    return moved(old, blocks, delta);
  }
}

function blocksOf(sources: readonly RegKeyEntry[]): number[] {
  const blocks: number[] = [];
  for (const source of sources) {
    const { start, end } = source.blockSpan;
    blocks.push(start, end);
  }
  return blocks;
}

/** The end of the line that `offset` is on (its first CR or LF at or after `offset`). */
function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) break;
    i++;
  }
  return i;
}

function moved(stored: Stored, blocks: number[], delta: number): Stored {
  if (delta === 0) return stored;
  const at = shiftedBy(delta);
  const r = stored.registration;
  const registration: Registration = { ...r, span: at(r.span), nameSpan: at(r.nameSpan) };
  if (r.prioritySpan) registration.prioritySpan = at(r.prioritySpan);
  if (r.pfnSpan) registration.pfnSpan = at(r.pfnSpan);
  return { registration, findings: stored.findings.map((f) => movedFinding(f, at)), blocks };
}

