// Preview panel webview script (runs in the webview, not in the extension host). It renders what the
// extension sends and turns the user's actions into the typed messages of ../protocol.ts.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import * as l10n from '@vscode/l10n';
import type { Scenario } from '../../../core/simulate/scenario';
import { scriptOf } from '../outcomes';
import type { LocatedSimulationResult } from '../../../core/simulate/result';
import { parseToWebview, type FromWebview, type NamedCode, type ToWebview } from '../protocol';
import { renderNotes, renderTimeline, scenarioHeadline, scenarioSummary } from '../render';
import { typedChoice } from '../typedChoice';
import { RowTable, whenIdle } from './table';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type ValueElement = HTMLElement & { value: string };
type CheckElement = HTMLElement & { checked: boolean };

const api = acquireVsCodeApi();
// The extension's translations for the display language, on the page (none in English).
l10n.config({ contents: readBundle(document.body.dataset.l10n) });

function readBundle(json: string | undefined): Record<string, string> {
  try {
    const bundle: unknown = json ? JSON.parse(json) : {};
    return typeof bundle === 'object' && bundle !== null ? (bundle as Record<string, string>) : {};
  } catch {
    return {};
  }
}
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let scenario: Scenario | undefined;
/** While the controls are being set from a result, their events are not user edits. */
let applying = false;

function send(message: FromWebview): void {
  api.postMessage(message);
}

function showError(message: string | undefined): void {
  const box = $('error');
  box.textContent = message ?? '';
  box.hidden = !message;
}

function announce(text: string): void {
  $('status').textContent = text;
}

/** The entries each combobox offers, for reading what was typed into it. */
const comboboxEntries = new Map<string, NamedCode<string | number>[]>();

/**
 * The region and edition comboboxes: a click selects the shown text, so typing replaces it (instead
 * of appending "GB" to "US — United States"), and Enter takes what was typed when it names an
 * entry (the list's own Enter keeps the old value when no row is highlighted).
 */
function wireCombobox(id: string): void {
  const select = $<ValueElement & { open: boolean }>(id);
  const input = () => select.shadowRoot?.querySelector('input') ?? undefined;
  select.addEventListener('click', () => {
    const field = input();
    const current = (comboboxEntries.get(id) ?? []).find((e) => String(e.code) === select.value);
    // Still showing the chosen entry (nothing typed yet): select it all, so typing replaces it.
    if (field && current && field.selectionStart === field.selectionEnd && field.value === `${current.code} — ${current.name}`) field.select();
  });
  select.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter') return;
      const match = typedChoice(comboboxEntries.get(id) ?? [], input()?.value ?? '');
      if (!match) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      select.value = String(match.code);
      select.open = false;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    true,
  );
}

function fillOptions<T extends string | number>(select: HTMLElement, entries: NamedCode<T>[]): void {
  comboboxEntries.set(select.id, entries);
  select.replaceChildren(
    ...entries.map((e) => {
      const option = document.createElement('vscode-option');
      option.setAttribute('value', String(e.code));
      option.textContent = `${e.code} — ${e.name}`;
      return option;
    }),
  );
}

/** Shows the scenario in the controls without treating it as an edit. */
function applyScenario(s: Scenario): void {
  applying = true;
  try {
    $<ValueElement>('phase').value = s.phase;
    $<ValueElement>('region').value = s.device.region;
    $<ValueElement>('edition').value = String(s.device.edition);
    $<ValueElement>('architecture').value = s.device.architecture;
    $<ValueElement>('build').value = String(s.device.build);
    $<ValueElement>('attemptMinutes').value = String(s.attemptMinutes);
    $<ValueElement>('installed').value = s.device.installed.join(', ');
    $<ValueElement>('deprovisioned').value = s.device.deprovisioned.join(', ');
    for (const flag of ['internet', 'metered', 'onBattery', 'batterySaver', 'restrictedNetworkTraffic'] as const) $<CheckElement>(flag).checked = s.conditions[flag];
    $<CheckElement>('ctaBlocked').checked = s.conditions.ctaPolicy !== 'AutoApprove';
    $<CheckElement>('retriesAfterWindow').checked = s.assumptions.retriesAfterWindow;
  } finally {
    applying = false;
  }
}

function pfnList(id: string): string[] {
  return $<ValueElement>(id)
    .value.split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function positiveNumber(id: 'build' | 'attemptMinutes'): number | undefined {
  const n = Number($<ValueElement>(id).value);
  if (Number.isFinite(n) && n > 0) return n;
  showError(id === 'build' ? l10n.t('Build must be a number greater than 0.') : l10n.t('Minutes per attempt must be a number greater than 0.'));
  return undefined;
}

/** Reads the controls into a new scenario and sends it; the extension validates it again. */
function sendScenarioFromControls(): void {
  if (applying || !scenario) return;
  const build = positiveNumber('build');
  const attemptMinutes = positiveNumber('attemptMinutes');
  if (build === undefined || attemptMinutes === undefined) return;
  const edition = Number($<ValueElement>('edition').value);
  const next: Scenario = {
    ...scenario,
    phase: $<ValueElement>('phase').value === 'oobe' ? 'oobe' : 'desktop',
    device: {
      region: $<ValueElement>('region').value || scenario.device.region,
      edition: Number.isInteger(edition) ? edition : scenario.device.edition,
      architecture: $<ValueElement>('architecture').value === 'arm64' ? 'arm64' : 'amd64',
      build: Math.round(build),
      installed: pfnList('installed'),
      deprovisioned: pfnList('deprovisioned'),
    },
    conditions: {
      internet: $<CheckElement>('internet').checked,
      metered: $<CheckElement>('metered').checked,
      onBattery: $<CheckElement>('onBattery').checked,
      batterySaver: $<CheckElement>('batterySaver').checked,
      restrictedNetworkTraffic: $<CheckElement>('restrictedNetworkTraffic').checked,
      ctaPolicy: $<CheckElement>('ctaBlocked').checked ? (scenario.conditions.ctaPolicy !== 'AutoApprove' ? scenario.conditions.ctaPolicy : 'NotAutoApprove') : 'AutoApprove',
    },
    attemptMinutes,
    assumptions: { ...scenario.assumptions, retriesAfterWindow: $<CheckElement>('retriesAfterWindow').checked },
  };
  showError(undefined);
  send({ type: 'scenario', scenario: next });
}

function setOutcome(name: string, preset: string): void {
  if (!scenario) return;
  const script = scriptOf(preset);
  if (script === undefined) return;
  const attempts = { ...scenario.attempts };
  for (const key of Object.keys(attempts)) if (key.toLowerCase() === name.toLowerCase()) delete attempts[key];
  if (script.length > 0) attempts[name] = script;
  send({ type: 'scenario', scenario: { ...scenario, attempts } });
}

/** The timeline and the notes as shown: a new result replaces them only when they differ. */
const shown = { timeline: '', notes: '' };
let table: RowTable | undefined;
/** The notes of the table shown: a rows message without notes keeps them. */
let heldNotes: string[] = [];
/** The timeline and notes of the latest result, drawn once the rows are on screen (a big SVG takes a while). */
let cancelDecorations: (() => void) | undefined;

/** Sets an element's markup only when it differs from what it shows (a big SVG costs to rebuild). */
function updateMarkup(id: 'timeline' | 'notes', html: string): void {
  if (shown[id] === html) return;
  shown[id] = html;
  $(id).innerHTML = html;
}

/** Shows a whole table, or the rows that changed since the one shown; asks for the whole table when those build on another. */
function showResult(message: Extract<ToWebview, { type: 'result' | 'rows' }>): void {
  table ??= new RowTable($('rows'));
  // The focused row may be replaced: it gets the focus back below.
  const focusedRank = document.activeElement instanceof HTMLElement && document.activeElement.matches('tr.row') ? document.activeElement.dataset.rank : undefined;
  let result: LocatedSimulationResult;
  if (message.type === 'result') {
    result = message.result;
    table.setTable(result, message.focusUri);
  } else {
    const { rowsDelta, ...head } = message.rows;
    const registrations = table.applyRows(rowsDelta.base, head.resultId, rowsDelta.segments, head, message.focusUri);
    if (!registrations) {
      send({ type: 'resync' });
      return;
    }
    result = { ...head, notes: head.notes ?? heldNotes, order: registrations.map((r) => r.name), registrations };
  }
  heldNotes = result.notes;
  scenario = result.scenario;
  applyScenario(result.scenario);
  applying = true;
  $<CheckElement>('includeMachine').checked = message.includeMachine === true;
  applying = false;
  showError(undefined);
  $('summary').textContent = scenarioSummary(result);
  $('scenario-summary').textContent = scenarioHeadline(result.scenario);
  if (focusedRank) ($('rows').querySelector(`tr.row[data-rank="${focusedRank}"]`) as HTMLElement | null)?.focus();
  announce(l10n.t('Simulation updated: {0} registrations.', result.registrations.length));
  cancelDecorations?.();
  const decorate = () => {
    cancelDecorations = undefined;
    updateMarkup('timeline', renderTimeline(result));
    updateMarkup('notes', renderNotes(result.notes));
  };
  // A small table draws everything at once; a big one shows its rows first.
  if (result.registrations.length <= 200) decorate();
  else cancelDecorations = whenIdle(decorate);
}

function rowOf(target: EventTarget | null): HTMLTableRowElement | undefined {
  const el = target instanceof Element ? target : undefined;
  if (!el || el.closest('.outcome-picker')) return undefined;
  return (el.closest('tr.row') as HTMLTableRowElement | null) ?? undefined;
}

function reveal(row: HTMLTableRowElement): void {
  const rank = Number(row.dataset.rank);
  if (Number.isInteger(rank)) send({ type: 'reveal', rank });
}

function wire(): void {
  const rows = $('rows');
  rows.addEventListener('click', (e) => {
    const row = rowOf(e.target);
    if (row) reveal(row);
  });
  rows.addEventListener('keydown', (e) => {
    const row = rowOf(e.target);
    if (!row || e.target !== row) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(row);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
      next?.focus();
    }
  });
  // Select elements fire a non-bubbling `change`: listen in the capture phase.
  rows.addEventListener(
    'change',
    (e) => {
      const picker = (e.target as Element | null)?.closest?.('.outcome-picker') as ValueElement | null;
      if (picker?.dataset.name) setOutcome(picker.dataset.name, picker.value);
    },
    true,
  );
  $('scenario').addEventListener('change', () => sendScenarioFromControls(), true);
  $('includeMachine').addEventListener('change', () => {
    if (!applying) send({ type: 'machine', include: $<CheckElement>('includeMachine').checked });
  });
  $('refresh').addEventListener('click', () => send({ type: 'refresh' }));
  $('export-markdown').addEventListener('click', () => send({ type: 'export', format: 'markdown' }));
  $('export-json').addEventListener('click', () => send({ type: 'export', format: 'json' }));
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseToWebview(event.data);
  if (!parsed.ok) {
    showError(l10n.t('The panel ignored a message it cannot show: {0}', parsed.error));
    return;
  }
  const message = parsed.message;
  if (message.type === 'init') {
    fillOptions($('region'), message.regions);
    fillOptions($('edition'), message.editions);
    $('includeMachine').toggleAttribute('disabled', !message.machineAvailable);
    if (scenario) applyScenario(scenario);
  } else if (message.type === 'error') {
    showError(message.message);
  } else {
    showResult(message);
  }
});

/** The table's sticky headers sit below the toolbar while the toolbar itself is sticky. */
function trackToolbar(): void {
  const toolbar = document.querySelector<HTMLElement>('.toolbar');
  if (!toolbar) return;
  const update = () => {
    const sticky = getComputedStyle(toolbar).position === 'sticky';
    document.body.style.setProperty('--toolbar-height', `${sticky ? toolbar.offsetHeight : 0}px`);
  };
  new ResizeObserver(update).observe(toolbar);
  window.addEventListener('resize', update);
  update();
}

// In a narrow panel the scenario form would fill the first screen: start with it folded.
if (window.innerWidth < 760) ($('scenario') as HTMLDetailsElement).open = false;
trackToolbar();
wireCombobox('region');
wireCombobox('edition');
wire();
send({ type: 'ready' });
