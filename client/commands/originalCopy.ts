// What is left of a conversion's original: after "Convert", the source still registers the same app
// (same PFN, usually the same name), so the two copies clash until one goes. Pure: no vscode here.
import type { DocumentAnalysis } from '../../core/analyze';
import type { Span } from '../../core/diagnostics/types';
import type { Registration } from '../../core/model/registration';
import { classifyKey } from '../../core/registry/keyPath';

/** Remove the whole file (it holds nothing else), or cut these spans out of it. */
export type OriginalRemoval = { kind: 'file' } | { kind: 'blocks'; spans: Span[] };

/** Extends a span over the line break and blank lines after it, so no gap is left behind. */
function withTrailingBlankLines(text: string, span: Span): Span {
  let end = span.end;
  for (;;) {
    const rest = /^[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(end, end + 256));
    if (!rest) return { start: span.start, end };
    end += rest[0].length;
  }
}

/**
 * How to take `registration` out of the document it was converted from: the whole file when the
 * registration is all it holds, else the registration's key blocks (a registry key may be written
 * more than once).
 */
export function originalRemoval(analysis: Pick<DocumentAnalysis, 'kind' | 'text' | 'reg'>, registration: Registration): OriginalRemoval {
  if (analysis.kind !== 'reg' || !analysis.reg) return { kind: 'file' };
  const name = registration.name.toLowerCase();
  const own = analysis.reg.keys.filter((key) => {
    const place = key.isDelete ? undefined : classifyKey(key);
    return place?.level === 'registration' && place.name?.toLowerCase() === name;
  });
  if (own.length === analysis.reg.keys.length) return { kind: 'file' };
  return { kind: 'blocks', spans: own.map((key) => withTrailingBlankLines(analysis.text, key.blockSpan)) };
}

/** `name.bak`, else `name.2.bak`, … : the first backup name `exists` says is free. */
export async function backupName(name: string, exists: (candidate: string) => Promise<boolean>): Promise<string> {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name}.bak` : `${name}.${i}.bak`;
    if (!(await exists(candidate))) return candidate;
  }
}
