// `expeditedApps/simulate` (contracts.md): the simulator over every registration the server knows,
// with each registration's location added so the preview panel can reveal it.
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { analyzeDocument } from '../../core/analyze';
import type { Registration } from '../../core/model/registration';
import {
  normalizeScenario,
  renderSimulation,
  rowDeltaOf,
  simulate,
  SIMULATE_REQUEST,
  type ExtraDocument,
  type LocatedRegistration,
  type LocatedSimulationResult,
  type SimulationRowsAnswer,
} from '../../core/simulate';
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

/**
 * A row's content, for telling which rows changed (the rows are built with their keys in one order).
 * Not its offsets (`span`, `nameSpan`): a character typed above a registration moves them, and the
 * panel places rows by `range`, in lines and characters; the client drops them (client/preview/controller.ts).
 */
function rowKey(row: LocatedRegistration): string {
  const { span: _span, nameSpan: _nameSpan, ...shown } = row;
  return JSON.stringify(shown);
}

/**
 * The last tables answered, by result id. A request naming one of them (`previousResultId`, the
 * table the preview holds) is answered with the rows that changed since: typing in one registration
 * sends one row, not the whole table. A few are kept, so an answer the client dropped (a newer
 * request was on its way) still leaves it a base the server knows.
 */
export class SimulationTables {
  private count = 0;
  /** Ids from another server (before a restart) never name one of these. */
  private readonly prefix = Date.now().toString(36);
  private readonly tables: { id: string; keys: string[]; notes: string }[] = [];

  constructor(private readonly keep = 3) {}

  answer(result: LocatedSimulationResult, previousResultId: unknown): LocatedSimulationResult | SimulationRowsAnswer {
    const keys = result.registrations.map(rowKey);
    const notes = JSON.stringify(result.notes);
    const resultId = `${this.prefix}.${++this.count}`;
    const base = typeof previousResultId === 'string' ? this.tables.find((t) => t.id === previousResultId) : undefined;
    this.tables.push({ id: resultId, keys, notes });
    if (this.tables.length > this.keep) this.tables.shift();
    if (!base) return { ...result, resultId };
    const { registrations, order: _order, notes: _notes, ...rest } = result;
    // The notes too only when they changed (hundreds of KB with thousands of registrations).
    return { ...rest, ...(notes === base.notes ? {} : { notes: result.notes }), resultId, rowsDelta: { base: base.id, segments: rowDeltaOf(base.keys, registrations, keys) } };
  }
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
    const tables = new SimulationTables();
    ctx.connection.onRequest<LocatedSimulationResult | SimulationRowsAnswer, void>(SIMULATE_REQUEST, (params: unknown) => {
      try {
        const started = Date.now();
        const answer = answerSimulate(params, ctx.allRegistrations(), (path) => ctx.lineIndexOfPath(path) ?? ctx.lineIndex(path), ctx.locale);
        if (!answer.ok) return new ResponseError(ErrorCodes.InvalidParams, answer.message);
        const sent = tables.answer(answer.result, (params as { previousResultId?: unknown } | null | undefined)?.previousResultId);
        ctx.trace(`simulated ${answer.result.registrations.length} registrations in ${Date.now() - started} ms${'rowsDelta' in sent ? ` (sent the rows that changed)` : ''}`);
        return sent;
      } catch (err) {
        // The server must survive anything: report, do not throw.
        return new ResponseError(ErrorCodes.InternalError, render(intelText.simulateFailed({ error: err instanceof Error ? err.message : String(err) }), ctx.locale));
      }
    });
  },
};
