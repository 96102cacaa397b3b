// `expeditedApps/simulate` (contracts.md): the simulator over every registration the server knows,
// with each registration's location added so the preview panel can reveal it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { Registration } from '../../core/model/registration';
import { normalizeScenario, simulate, SIMULATE_REQUEST, type LocatedSimulationResult } from '../../core/simulate';
import type { LineIndex } from '../../core/text/lineIndex';
import type { ServerContext, ServerFeature } from '../context';

export type SimulateAnswer = { ok: true; result: LocatedSimulationResult } | { ok: false; message: string };

/** Validates the params, simulates, and adds LSP ranges. Pure apart from its inputs. */
export function answerSimulate(params: unknown, registrations: readonly Registration[], lineIndexOf: (path: string) => LineIndex | undefined): SimulateAnswer {
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    return { ok: false, message: 'expeditedApps/simulate takes { scenario, uris? }' };
  }
  const { scenario: scenarioInput, uris } = (params ?? {}) as { scenario?: unknown; uris?: unknown };
  if (uris !== undefined && !(Array.isArray(uris) && uris.every((u) => typeof u === 'string'))) {
    return { ok: false, message: 'uris must be an array of document URIs' };
  }
  const scenario = normalizeScenario(scenarioInput);
  if (!scenario.ok) return { ok: false, message: `invalid scenario: ${scenario.errors.join('; ')}` };
  const wanted = uris ? new Set(uris as string[]) : undefined;
  const selected = wanted ? registrations.filter((r) => wanted.has(r.path)) : registrations;
  const result = simulate(selected, scenario.scenario);
  return {
    ok: true,
    result: {
      ...result,
      registrations: result.registrations.map((r) => {
        const lines = lineIndexOf(r.path);
        return lines ? { ...r, uri: r.path, range: lines.rangeOf(r.span), nameRange: lines.rangeOf(r.nameSpan) } : { ...r, uri: r.path };
      }),
    },
  };
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
