// What the Apply path makes of a saved document's bytes: decoded and analysed exactly as the CLI and
// the language server's disk reads do (test/cli/same-bytes.test.ts). No `vscode` here, so the
// comparison runs this very code.
import { analyzeDocument } from '../../core/analyze';
import { decodeDocumentBytes } from '../../core/documentBytes';
import type { PlanInput } from '../../backends/plan';

/** `path`: as shown to the user (workspace-relative); `languageId`: 'reg' or 'json', as the editor sees the document. */
export function planInputFromBytes(path: string, bytes: Uint8Array, options: { languageId: 'reg' | 'json'; codePage?: number }): PlanInput {
  const { text, encoding } = decodeDocumentBytes(bytes, { path, languageId: options.languageId, codePage: options.codePage });
  const analysis = analyzeDocument({ path, text, encoding, languageId: options.languageId });
  return { path: analysis.path, analysis, bytes };
}
