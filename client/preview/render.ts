// The panel's HTML and SVG, as strings from a simulation result. Pure (no DOM), so Node tests can
// check exactly what the webview shows. Colours come from classes styled with theme variables.
import type { LocatedSimulationResult, SimulationStatus, RenderedRegistration } from '../../core/simulate/result';
import * as l10n from '@vscode/l10n';
import { presetLabel, PRESETS, presetOf } from './outcomes';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const STATUS_ICONS: Readonly<Record<SimulationStatus, string>> = {
  installed: 'pass',
  failed: 'error',
  skipped: 'debug-step-over',
  blocked: 'circle-slash',
  'not-in-phase': 'clock',
};

/** What a person reads for each status, in the display language (the ids stay in classes and exports). */
export function statusLabel(status: SimulationStatus): string {
  switch (status) {
    case 'installed':
      return l10n.t('Installed');
    case 'failed':
      return l10n.t('Failed');
    case 'skipped':
      return l10n.t('Skipped');
    case 'blocked':
      return l10n.t('Blocked');
    case 'not-in-phase':
      return l10n.t('Not in this phase');
  }
}

/** The reason line of a hazard the simulator reported. */
function hazardLine(hazard: string): string {
  return l10n.t('Hazard: {0}', hazard);
}

/** Names and PFNs may break after `_` and `.` (and after the PFN's `_`), never in the middle of a word. */
function breakable(text: string): string {
  return escapeHtml(text).replace(/([_.])/g, '$1<wbr>');
}

/** One `<tr>` per registration, in run order: rank, name, priority, PFN, form, status with the reason, outcome script. */
export function renderRows(result: LocatedSimulationResult, focusUri?: string): string {
  return renderRowList(result, focusUri).join('\n');
}

export interface RowOptions {
  /**
   * Rows from this index on get a stand-in for their outcome picker (a button that looks like it,
   * see renderLazyPicker), turned into the picker when the row is shown or focused: thousands of
   * pickers (web components, six each with their options) would hold up the first render.
   */
  lazyPickersFrom?: number;
}

/** The rows of renderRows one string each, so the webview can replace only the rows that changed. */
export function renderRowList(result: Pick<LocatedSimulationResult, 'registrations' | 'scenario'>, focusUri?: string, options: RowOptions = {}): string[] {
  if (result.registrations.length === 0) return [emptyRow()];
  const lazyFrom = options.lazyPickersFrom ?? Number.POSITIVE_INFINITY;
  return result.registrations.map((r, i) => renderRow(r, result, focusUri, i >= lazyFrom));
}

/** The only row of a table without registrations. */
export function emptyRow(): string {
  return `<tr class="empty"><td colspan="7">${escapeHtml(l10n.t('No registrations in the workspace: open or add a .reg file or an updater_*.json registration file.'))}</td></tr>`;
}

/**
 * Which rows differ between two renderings (indexes into `next`), or undefined when the number of
 * rows changed and the table is rendered whole. Typing in one registration changes one row: the
 * others keep their elements (and the outcome pickers in them) instead of being built again.
 */
export function changedRows(previous: readonly string[], next: readonly string[]): number[] | undefined {
  if (previous.length !== next.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) changed.push(i);
  return changed;
}

/** One registration's `<tr>`; `lazyPicker`: its outcome picker as a stand-in (RowOptions). */
export function renderRow(r: RenderedRegistration & { uri?: string }, result: Pick<LocatedSimulationResult, 'scenario'>, focusUri?: string, lazyPicker = false): string {
  const label = r.reason
    ? l10n.t('{0}. {1}, priority {2}, {3}: {4}. Press Enter to show it in its file.', r.rank, r.name, r.priority, statusLabel(r.status), r.reason)
    : l10n.t('{0}. {1}, priority {2}, {3}. Press Enter to show it in its file.', r.rank, r.name, r.priority, statusLabel(r.status));
  const classes = ['row', `status-${r.status}`, ...(focusUri && r.uri === focusUri ? ['focused'] : []), ...(r.hazards.length ? ['hazard'] : [])];
  const hazard = r.hazards.length
    ? ` <span class="codicon codicon-warning hazard-icon" role="img" aria-label="${escapeHtml(l10n.t('hazard'))}" title="${escapeHtml(r.hazards.join('\n'))}"></span>`
    : '';
  const reason = [r.reason, ...r.hazards.map(hazardLine)].filter(Boolean).map((t) => `<div class="reason">${escapeHtml(t)}</div>`).join('');
  return [
    `<tr class="${classes.join(' ')}" data-rank="${r.rank}" tabindex="0" aria-label="${escapeHtml(label)}">`,
    `<td class="rank">${r.rank}</td>`,
    `<td class="name"><span class="registration-name">${breakable(r.name)}</span>${hazard}${r.pfn ? `<div class="pfn-inline"><code>${breakable(r.pfn)}</code></div>` : ''}</td>`,
    `<td class="priority">${r.priority}</td>`,
    `<td class="pfn">${r.pfn ? `<code>${breakable(r.pfn)}</code>` : `<span class="missing">${escapeHtml(l10n.t('none'))}</span>`}</td>`,
    `<td class="form">${escapeHtml(r.form === 'file' ? l10n.t('file') : l10n.t('registry'))}</td>`,
    `<td class="status"><span class="status-label status-${r.status}"><span class="codicon codicon-${STATUS_ICONS[r.status]}" aria-hidden="true"></span> ${escapeHtml(statusLabel(r.status))}</span>${reason}</td>`,
    `<td class="outcome">${lazyPicker ? renderLazyPicker(r.name, result) : renderOutcomePicker(r.name, result)}</td>`,
    '</tr>',
  ].join('');
}

function scriptFor(name: string, result: Pick<LocatedSimulationResult, 'scenario'>) {
  return result.scenario.attempts[name] ?? Object.entries(result.scenario.attempts).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** A registration's outcome picker (a `vscode-single-select` of the presets). */
export function renderOutcomePicker(name: string, result: Pick<LocatedSimulationResult, 'scenario'>): string {
  const script = scriptFor(name, result);
  const current = presetOf(script);
  const options = PRESETS.map((p) => `<vscode-option value="${p.preset}"${p.preset === current ? ' selected' : ''}>${escapeHtml(presetLabel(p.preset))}</vscode-option>`);
  if (current === 'custom') options.push(`<vscode-option value="custom" selected>${escapeHtml(l10n.t('Custom: {0}', (script ?? []).join(', ')))}</vscode-option>`);
  return `<vscode-single-select class="outcome-picker" data-name="${escapeHtml(name)}" aria-label="${escapeHtml(l10n.t("Outcome of {0}'s attempts", name))}">${options.join('')}</vscode-single-select>`;
}

/**
 * The outcome picker's stand-in: a button showing the chosen outcome, styled like the picker, with
 * the picker's accessible name. The webview puts the picker in its place when the row is shown,
 * focused or clicked.
 */
export function renderLazyPicker(name: string, result: Pick<LocatedSimulationResult, 'scenario'>): string {
  const script = scriptFor(name, result);
  const current = presetOf(script);
  const label = current === 'custom' ? l10n.t('Custom: {0}', (script ?? []).join(', ')) : presetLabel(current);
  return `<button type="button" class="outcome-picker outcome-lazy" data-name="${escapeHtml(name)}" aria-haspopup="listbox" aria-label="${escapeHtml(l10n.t("Outcome of {0}'s attempts", name))}"><span class="outcome-value">${escapeHtml(label)}</span><span class="codicon codicon-chevron-down" aria-hidden="true"></span></button>`;
}

export interface TimelineOptions {
  pxPerMinute?: number;
  labelWidth?: number;
  laneHeight?: number;
}

export interface TimelineLayout {
  pxPerMinute: number;
  labelWidth: number;
  laneHeight: number;
  axisHeight: number;
  barHeight: number;
  /** Minutes shown: the end of the last attempt or cooldown, at least past the window, rounded up to 10. */
  minutes: number;
  width: number;
  height: number;
  x(minute: number): number;
  laneTop(index: number): number;
}

export function timelineLayout(result: LocatedSimulationResult, options: TimelineOptions = {}): TimelineLayout {
  const pxPerMinute = options.pxPerMinute ?? 8;
  const labelWidth = options.labelWidth ?? 180;
  const laneHeight = options.laneHeight ?? 24;
  const axisHeight = 28;
  const barHeight = 14;
  const lastCooldown = result.registrations.reduce((m, r) => r.cooldowns.reduce((n, c) => Math.max(n, c.end), m), 0);
  const minutes = Math.ceil(Math.max(result.endMinute, lastCooldown, result.windowMinutes + 10) / 10) * 10;
  const lanes = Math.max(result.registrations.length, 1);
  return {
    pxPerMinute,
    labelWidth,
    laneHeight,
    axisHeight,
    barHeight,
    minutes,
    width: labelWidth + minutes * pxPerMinute + 16,
    height: axisHeight + lanes * laneHeight + 8,
    x: (minute) => labelWidth + minute * pxPerMinute,
    laneTop: (index) => axisHeight + index * laneHeight,
  };
}

/** The timeline as SVG: one lane per registration, attempts coloured by result, cooldowns, the window line. */
export function renderTimeline(result: LocatedSimulationResult, options: TimelineOptions = {}): string {
  const L = timelineLayout(result, options);
  const n = (v: number) => String(Math.round(v * 100) / 100);
  const parts: string[] = [];
  const summary = l10n.t('Timeline of {0} registrations over {1} minutes; the expedited window ends at minute {2}.', result.registrations.length, L.minutes, result.windowMinutes);
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="${n(L.width)}" height="${n(L.height)}" viewBox="0 0 ${n(L.width)} ${n(L.height)}" role="img" aria-label="${escapeHtml(summary)}">`);
  for (let m = 0; m <= L.minutes; m += 10) {
    parts.push(`<line class="tick" x1="${n(L.x(m))}" y1="${L.axisHeight - 6}" x2="${n(L.x(m))}" y2="${n(L.height - 8)}"/>`);
    parts.push(`<text class="tick-label" x="${n(L.x(m))}" y="${L.axisHeight - 10}" text-anchor="middle">${m}</text>`);
  }
  result.registrations.forEach((r, i) => {
    const top = L.laneTop(i);
    const barY = top + (L.laneHeight - L.barHeight) / 2;
    parts.push(`<g class="lane status-${r.status}" data-rank="${r.rank}">`);
    parts.push(`<text class="lane-label" x="${L.labelWidth - 8}" y="${n(top + L.laneHeight / 2 + 4)}" text-anchor="end">${escapeHtml(truncate(`${r.rank}. ${r.name}`, 26))}</text>`);
    for (const c of r.cooldowns) {
      parts.push(
        `<rect class="cooldown" x="${n(L.x(c.start))}" y="${n(top + L.laneHeight / 2 - 2)}" width="${n((c.end - c.start) * L.pxPerMinute)}" height="4" data-start="${c.start}" data-end="${c.end}"><title>${escapeHtml(l10n.t('{0}: cooling down, minutes {1}–{2}', r.name, c.start, c.end))}</title></rect>`,
      );
    }
    r.attempts.forEach((a, k) => {
      parts.push(
        `<rect class="attempt attempt-${a.result}" x="${n(L.x(a.start))}" y="${n(barY)}" width="${n((a.end - a.start) * L.pxPerMinute)}" height="${L.barHeight}" rx="2" data-start="${a.start}" data-end="${a.end}" data-result="${a.result}"><title>${escapeHtml(attemptTitle(r.name, k + 1, a.start, a.end, a.result))}</title></rect>`,
      );
    });
    if (r.attempts.length === 0) {
      parts.push(`<text class="lane-status" x="${n(L.x(0) + 4)}" y="${n(top + L.laneHeight / 2 + 4)}">${escapeHtml(statusLabel(r.status))}</text>`);
    }
    parts.push('</g>');
  });
  const wx = n(L.x(result.windowMinutes));
  parts.push(`<line class="window-line" x1="${wx}" y1="${L.axisHeight - 6}" x2="${wx}" y2="${n(L.height - 8)}"><title>${escapeHtml(l10n.t('End of the {0}-minute expedited window', result.windowMinutes))}</title></line>`);
  parts.push(`<text class="window-label" x="${n(L.x(result.windowMinutes) + 4)}" y="${L.axisHeight - 20}">${escapeHtml(l10n.t('{0}-minute window', result.windowMinutes))}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/** The notes (assumptions and hazards) as list items; hazards first-class with a warning icon. */
export function renderNotes(notes: readonly string[]): string {
  if (notes.length === 0) return `<li class="note">${escapeHtml(l10n.t('No assumptions were needed.'))}</li>`;
  return notes
    .map((note) =>
      note.startsWith('Hazard:')
        ? `<li class="note hazard"><span class="codicon codicon-warning" aria-hidden="true"></span> ${escapeHtml(note)}</li>`
        : `<li class="note"><span class="codicon codicon-info" aria-hidden="true"></span> ${escapeHtml(note)}</li>`,
    )
    .join('\n');
}

/** One line describing the scenario above the table. */
export function scenarioSummary(result: LocatedSimulationResult): string {
  const s = result.scenario;
  const installed = result.registrations.filter((r) => r.status === 'installed').length;
  const count = result.registrations.length;
  return s.phase === 'oobe'
    ? l10n.t('OOBE phase · {0} registrations · {1} installed · last attempt ends at minute {2}', count, installed, result.endMinute)
    : l10n.t('Desktop phase · {0} registrations · {1} installed · last attempt ends at minute {2}', count, installed, result.endMinute);
}

/** The folded scenario's one-line summary: phase, region, edition. */
export function scenarioHeadline(scenario: LocatedSimulationResult['scenario']): string {
  return scenario.phase === 'oobe'
    ? l10n.t('· OOBE, {0}, edition {1}', scenario.device.region, scenario.device.edition)
    : l10n.t('· Desktop, {0}, edition {1}', scenario.device.region, scenario.device.edition);
}

/** An attempt bar's tooltip: the result as words, one sentence per result. */
function attemptTitle(name: string, attempt: number, start: number, end: number, result: string): string {
  if (result === 'Succeeded') return l10n.t('{0}: attempt {1}, minutes {2}–{3}, Succeeded', name, attempt, start, end);
  if (result === 'Failed') return l10n.t('{0}: attempt {1}, minutes {2}–{3}, Failed', name, attempt, start, end);
  return l10n.t('{0}: attempt {1}, minutes {2}–{3}, Aborted', name, attempt, start, end);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
