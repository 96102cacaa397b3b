// The panel's logic between the webview and the language server, behind small ports so tests can
// drive it without VS Code: validate each message, keep the scenario, simulate, answer.
import * as l10n from '@vscode/l10n';
import type { Range } from '../../core/diagnostics/types';
import { defaultScenario, type Scenario } from '../../core/simulate/scenario';
import { normalizeScenario } from '../../core/simulate/scenarioInput';
import type { ExtraDocument, LocatedRegistration, LocatedSimulationResult, SimulationRowsAnswer } from '../../core/simulate/result';
import { patchRows } from '../../core/simulate/rowDelta';
import { toJson, toMarkdown } from './markdown';
import { parseFromWebview, resultProblem, rowsAnswerProblem, type ExportFormat, type NamedCode, type ToWebview } from './protocol';

/**
 * A row without its offsets into the text (`span`, `nameSpan`): they move with every character typed
 * above it, so rows the server reuses would hold stale ones; the panel places rows by `range`.
 */
function withoutOffsets(row: LocatedRegistration): LocatedRegistration {
  if (!('span' in row) && !('nameSpan' in row)) return row;
  const { span: _span, nameSpan: _nameSpan, ...rest } = row as LocatedRegistration & { span?: unknown; nameSpan?: unknown };
  return rest as LocatedRegistration;
}

/** What a server answer gives: the whole table (and the rows that changed, when it sent only those), a problem, or a stale base. */
type Answered = { table: LocatedSimulationResult; rows?: SimulationRowsAnswer } | { problem: string } | { stale: true };

export interface PreviewPorts {
  /**
   * Runs `expeditedApps/simulate` over every registration of the workspace (plus `documents`);
   * with `previousResultId` (the table held here) the server may answer only the rows that changed.
   */
  simulate(scenario: Scenario, documents: ExtraDocument[], previousResultId?: string): Promise<unknown>;
  /** Reads the target machine's registrations; absent when no backend can be used. */
  machineDocuments?(): Promise<ExtraDocument[]>;
  post(message: ToWebview): void;
  reveal(uri: string, range: Range | undefined): Promise<void>;
  /** Asks where to save and writes; resolves false when the user cancelled. */
  save(format: ExportFormat, content: string, suggestedName: string): Promise<boolean>;
  /** Keeps the scenario for the next time the panel opens. */
  persist(scenario: Scenario): void;
  log(message: string): void;
  regions(): NamedCode<string>[];
  editions(): NamedCode<number>[];
}

export class PreviewController {
  private scenario: Scenario;
  /** The whole table last shown (rows answers are patched into it). */
  private result: LocatedSimulationResult | undefined;
  /** The `resultId` of the table the webview holds: a rows message builds on it. None until it has one, or after it reloaded. */
  private webviewTable: string | undefined;
  private generation = 0;
  private timer: { handle: ReturnType<typeof setTimeout>; settle: () => void } | undefined;
  /** Edits arrived while a simulation ran: simulate once more as soon as it is done. */
  private rerun: { settle: () => void } | undefined;
  private inFlight = false;
  private focusUri: string | undefined;
  private running: Promise<void> = Promise.resolve();
  private scheduled: Promise<void> = Promise.resolve();
  /** The machine's registrations while "include the machine" is on. */
  private machine: ExtraDocument[] | undefined;

  /**
   * `quietMs`: how long the edits must pause before a simulation starts, long enough to gather the
   * events of one keystroke, paste or multi-cursor edit into one run, short enough not to be felt.
   */
  constructor(private readonly ports: PreviewPorts, initial: Scenario = defaultScenario(), private readonly quietMs = 20) {
    this.scenario = initial;
  }

  current(): LocatedSimulationResult | undefined {
    return this.result;
  }

  currentScenario(): Scenario {
    return this.scenario;
  }

  /** Highlights the rows of one document (the file the command was run from). */
  focus(uri: string | undefined): void {
    this.focusUri = uri;
  }

  /** Handles one raw message from the webview; invalid ones are logged and answered with an error. */
  async handle(raw: unknown): Promise<void> {
    const parsed = parseFromWebview(raw, normalizeScenario);
    if (!parsed.ok) {
      this.ports.log(`preview: ignored a message from the webview: ${parsed.error}`);
      this.ports.post({ type: 'error', message: parsed.error });
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        // A (re)loaded webview holds no table.
        this.webviewTable = undefined;
        this.ports.post({ type: 'init', regions: this.ports.regions(), editions: this.ports.editions(), machineAvailable: this.ports.machineDocuments !== undefined });
        return this.refresh();
      case 'resync':
        this.webviewTable = undefined;
        if (this.result) this.postTable({ table: this.result });
        return;
      case 'machine':
        return this.includeMachine(message.include);
      case 'refresh':
        return this.refresh();
      case 'scenario':
        this.scenario = message.scenario;
        this.ports.persist(message.scenario);
        return this.refresh();
      case 'reveal': {
        const row = this.result?.registrations.find((r) => r.rank === message.rank);
        if (!row) {
          this.ports.post({ type: 'error', message: l10n.t('no registration at rank {0}; the list may have changed', message.rank) });
          return;
        }
        return this.ports.reveal(row.uri, row.nameRange ?? row.range);
      }
      case 'export':
        return this.export(message.format);
    }
  }

  /** Simulates now; a result that arrives after a newer request started is dropped. */
  refresh(): Promise<void> {
    this.cancelScheduled();
    // This run sees every edit so far: a rerun they were waiting for is this one.
    const waiting = this.rerun;
    this.rerun = undefined;
    const generation = ++this.generation;
    const run = async () => {
      const ask = async (previousResultId: string | undefined): Promise<Answered | undefined> => {
        let answer: unknown;
        try {
          answer = await this.ports.simulate(this.scenario, this.machine ?? [], previousResultId);
        } catch (err) {
          if (generation === this.generation) this.ports.post({ type: 'error', message: l10n.t('The simulation failed: {0}', err instanceof Error ? err.message : String(err)) });
          return undefined;
        }
        return generation === this.generation ? this.read(answer) : undefined;
      };
      let answered = await ask(this.result?.resultId);
      // Rows for a table not held here (the server restarted, or named another one): ask for the whole table.
      if (answered && 'stale' in answered) answered = await ask(undefined);
      if (!answered || 'stale' in answered) return;
      if ('problem' in answered) {
        this.ports.post({ type: 'error', message: l10n.t('The language server answered something the panel cannot show ({0}).', answered.problem) });
        return;
      }
      this.result = answered.table;
      this.postTable(answered);
    };
    this.inFlight = true;
    const running = run().finally(() => {
      waiting?.settle();
      if (this.running !== running) return;
      this.inFlight = false;
      // Edits that came in meanwhile: one more simulation now, not one per edit.
      const rerun = this.rerun;
      this.rerun = undefined;
      if (rerun) void this.refresh().then(rerun.settle);
    });
    this.running = running;
    return running;
  }

  /** The whole table an answer gives: the answer itself, or the rows it carries patched into the table held. */
  private read(answer: unknown): Answered {
    if (typeof answer === 'object' && answer !== null && 'rowsDelta' in answer) {
      const problem = rowsAnswerProblem(answer);
      if (problem) return { problem };
      const rows = answer as SimulationRowsAnswer;
      const held = this.result;
      if (!held || held.resultId !== rows.rowsDelta.base) return { stale: true };
      const registrations = patchRows(held.registrations, rows.rowsDelta.segments);
      if (!registrations) return { stale: true };
      const { rowsDelta: _delta, ...rest } = rows;
      return { table: { ...rest, notes: rows.notes ?? held.notes, order: registrations.map((r) => r.name), registrations: registrations.map(withoutOffsets) }, rows };
    }
    const problem = resultProblem(answer);
    if (problem) return { problem };
    const table = answer as LocatedSimulationResult;
    return { table: { ...table, registrations: table.registrations.map(withoutOffsets) } };
  }

  /** Sends the webview the rows that changed when it holds the table they build on, the whole table otherwise. */
  private postTable(answered: { table: LocatedSimulationResult; rows?: SimulationRowsAnswer }): void {
    const extras: { focusUri?: string; includeMachine?: boolean } = {};
    if (this.focusUri) extras.focusUri = this.focusUri;
    if (this.machine) extras.includeMachine = true;
    const rows = answered.rows && this.webviewTable !== undefined && answered.rows.rowsDelta.base === this.webviewTable ? answered.rows : undefined;
    this.ports.post(rows ? { type: 'rows', rows, ...extras } : { type: 'result', result: answered.table, ...extras });
    this.webviewTable = answered.table.resultId;
  }

  /** Reads the machine's registrations (each time it is switched on) or drops them, then simulates. */
  private async includeMachine(include: boolean): Promise<void> {
    if (!include) {
      this.machine = undefined;
      return this.refresh();
    }
    if (!this.ports.machineDocuments) {
      await this.refresh();
      this.ports.post({ type: 'error', message: l10n.t('No target machine is available (see the expeditedApps.target setting).') });
      return;
    }
    try {
      this.machine = await this.ports.machineDocuments();
      this.ports.log(`preview: added ${this.machine.length} document(s) from the target machine`);
    } catch (err) {
      // Show the workspace-only result first (it unticks the option), then say why.
      this.machine = undefined;
      await this.refresh();
      this.ports.post({ type: 'error', message: l10n.t('Could not read the target machine: {0}', err instanceof Error ? err.message : String(err)) });
      return;
    }
    return this.refresh();
  }

  /**
   * Refresh for edits while typing, scheduled by idleness rather than a fixed delay: it starts once
   * the edits pause for `quietMs`, and while a simulation runs, the edits meanwhile wait for it and
   * then make one more. So the panel follows the typing as fast as the server simulates, with at
   * most one simulation in flight.
   */
  scheduleRefresh(): void {
    if (this.inFlight) {
      if (!this.rerun) {
        let settle = () => {};
        this.scheduled = new Promise<void>((resolve) => (settle = resolve));
        this.rerun = { settle };
      }
      return;
    }
    this.cancelScheduled();
    let settle = () => {};
    const scheduled = new Promise<void>((resolve) => (settle = resolve));
    const handle = setTimeout(() => {
      this.timer = undefined;
      void this.refresh().then(settle);
    }, this.quietMs);
    this.timer = { handle, settle };
    this.scheduled = scheduled;
  }

  /** Resolves once the scheduled and running refreshes are done (tests await this instead of sleeping). */
  async idle(): Promise<void> {
    for (let scheduled = this.scheduled, running = this.running; ; scheduled = this.scheduled, running = this.running) {
      await scheduled;
      await running;
      if (scheduled === this.scheduled && running === this.running) return;
    }
  }

  dispose(): void {
    this.cancelScheduled();
    this.rerun?.settle();
    this.rerun = undefined;
    this.generation++;
  }

  private cancelScheduled(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer.handle);
    this.timer.settle();
    this.timer = undefined;
  }

  private async export(format: ExportFormat): Promise<void> {
    if (!this.result) {
      this.ports.post({ type: 'error', message: l10n.t('Nothing to export yet: the simulation has not finished.') });
      return;
    }
    // The result id names the table for the server only: not part of the simulate JSON.
    const { resultId: _id, ...result } = this.result;
    const content = format === 'markdown' ? toMarkdown(result) : toJson(result);
    const name = format === 'markdown' ? 'priority-order.md' : 'priority-order.json';
    try {
      const saved = await this.ports.save(format, content, name);
      if (saved) this.ports.log(`preview: exported the simulation as ${format}`);
    } catch (err) {
      this.ports.post({ type: 'error', message: l10n.t('Export failed: {0}', err instanceof Error ? err.message : String(err)) });
    }
  }
}
