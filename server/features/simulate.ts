// `expeditedApps/simulate` (contracts.md): the simulator over every registration the server knows,
// with each registration's location added so the preview panel can reveal it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { analyzeDocument } from '../../core/analyze';
import type { Registration } from '../../core/model/registration';
import { normalizeScenario, simulate, SIMULATE_REQUEST, type ExtraDocument, type LocatedSimulationResult } from '../../core/simulate';
import { LineIndex } from '../../core/text/lineIndex';
import type { ServerContext, ServerFeature } from '../context';

export type SimulateAnswer = { ok: true; result: LocatedSimulationResult } | { ok: false; message: string };

/** Validates the params, simulates, and adds LSP ranges. Pure apart from its inputs. */
export function answerSimulate(params: unknown, registrations: readonly Registration[], lineIndexOf: (path: string) => LineIndex | undefined): SimulateAnswer {
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    return { ok: false, message: 'expeditedApps/simulate takes { scenario, uris? }' };
  }
  const { scenario: scenarioInput, uris, documents } = (params ?? {}) as { scenario?: unknown; uris?: unknown; documents?: unknown };
  if (uris !== undefined && !(Array.isArray(uris) && uris.every((u) => typeof u === 'string'))) {
    return { ok: false, message: 'uris must be an array of document URIs' };
  }
  if (documents !== undefined && !isExtraDocuments(documents)) {
    return { ok: false, message: 'documents must be an array of { uri, text, languageId: "reg" | "json" }' };
  }
  const scenario = normalizeScenario(scenarioInput);
  if (!scenario.ok) return { ok: false, message: `invalid scenario: ${scenario.errors.join('; ')}` };
  const wanted = uris ? new Set(uris as string[]) : undefined;
  const selected = wanted ? registrations.filter((r) => wanted.has(r.path)) : [...registrations];
  // Extra documents (the machine's registrations) count for this request only.
  const extraLines = new Map<string, LineIndex>();
  for (const doc of documents ?? []) {
    for (const r of analyzeDocument({ path: doc.uri, text: doc.text, languageId: doc.languageId }).registrations) selected.push(r);
    extraLines.set(doc.uri, new LineIndex(doc.text));
  }
  const result = simulate(selected, scenario.scenario);
  return {
    ok: true,
    result: {
      ...result,
      registrations: result.registrations.map((r) => {
        const lines = extraLines.get(r.path) ?? lineIndexOf(r.path);
        return lines ? { ...r, uri: r.path, range: lines.rangeOf(r.span), nameRange: lines.rangeOf(r.nameSpan) } : { ...r, uri: r.path };
      }),
    },
  };
}

function isExtraDocuments(value: unknown): value is ExtraDocument[] {
  return (
    Array.isArray(value) &&
    value.every((d) => typeof d === 'object' && d !== null && typeof d.uri === 'string' && typeof d.text === 'string' && (d.languageId === 'reg' || d.languageId === 'json'))
  );
}

export const simulateFeature: ServerFeature = {
  capabilities: () => ({}),
  register: (ctx: ServerContext) => {
    ctx.connection.onRequest(SIMULATE_REQUEST, (params: unknown) => {
      try {
        const started = Date.now();
        const answer = answerSimulate(params, ctx.allRegistrations(), (path) => ctx.lineIndexOfPath(path) ?? ctx.lineIndex(path));
        if (!answer.ok) return new ResponseError(ErrorCodes.InvalidParams, answer.message);
        ctx.trace(`simulated ${answer.result.registrations.length} registrations in ${Date.now() - started} ms`);
        return answer.result;
      } catch (err) {
        // The server must survive anything: report, do not throw.
        return new ResponseError(ErrorCodes.InternalError, `simulation failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  },
};
