// `expeditedApps/simulate` (contracts.md): the simulator over every registration the server knows,
// with each registration's location added so the preview panel can reveal it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { analyzeDocument } from '../../core/analyze';
import type { Registration } from '../../core/model/registration';
import { normalizeScenario, renderSimulation, simulate, SIMULATE_REQUEST, type ExtraDocument, type LocatedSimulationResult } from '../../core/simulate';
import { LineIndex } from '../../core/text/lineIndex';
import { intelText } from '../../core/intel/texts';
import { list, type Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import type { ServerContext, ServerFeature } from '../context';

export type SimulateAnswer = { ok: true; result: LocatedSimulationResult } | { ok: false; message: string };

/** Validates the params, simulates, and adds LSP ranges. Pure apart from its inputs. */
export function answerSimulate(params: unknown, registrations: readonly Registration[], lineIndexOf: (path: string) => LineIndex | undefined, locale: Locale = 'en'): SimulateAnswer {
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    return { ok: false, message: render(intelText.simulateParams(), locale) };
  }
  const { scenario: scenarioInput, uris, documents } = (params ?? {}) as { scenario?: unknown; uris?: unknown; documents?: unknown };
  if (uris !== undefined && !(Array.isArray(uris) && uris.every((u) => typeof u === 'string'))) {
    return { ok: false, message: render(intelText.simulateUris(), locale) };
  }
  if (documents !== undefined && !isExtraDocuments(documents)) {
    return { ok: false, message: render(intelText.simulateDocuments(), locale) };
  }
  const scenario = normalizeScenario(scenarioInput);
  if (!scenario.ok) return { ok: false, message: render(intelText.simulateScenario({ errors: list(scenario.problems, '; ') }), locale) };
  const wanted = uris ? new Set(uris as string[]) : undefined;
  const selected = wanted ? registrations.filter((r) => wanted.has(r.path)) : [...registrations];
  // Extra documents (the machine's registrations) count for this request only.
  const extraLines = new Map<string, LineIndex>();
  // A registration the workspace has is listed once, as the workspace has it (it is what Apply
  // writes); a nameless one (the parent key, an unreadable file) is not a registration.
  const names = new Set(selected.map((r) => r.name.toLowerCase()));
  for (const doc of documents ?? []) {
    const extra = analyzeDocument({ path: doc.uri, text: doc.text, languageId: doc.languageId }).registrations;
    selected.push(...extra.filter((r) => r.name !== '' && !names.has(r.name.toLowerCase())));
    extraLines.set(doc.uri, new LineIndex(doc.text));
  }
  const result = renderSimulation(simulate(selected, scenario.scenario), locale);
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
        const answer = answerSimulate(params, ctx.allRegistrations(), (path) => ctx.lineIndexOfPath(path) ?? ctx.lineIndex(path), ctx.locale);
        if (!answer.ok) return new ResponseError(ErrorCodes.InvalidParams, answer.message);
        ctx.trace(`simulated ${answer.result.registrations.length} registrations in ${Date.now() - started} ms`);
        return answer.result;
      } catch (err) {
        // The server must survive anything: report, do not throw.
        return new ResponseError(ErrorCodes.InternalError, render(intelText.simulateFailed({ error: err instanceof Error ? err.message : String(err) }), ctx.locale));
      }
    });
  },
};
