// Human-readable reports of apply/remove/undo/pull, shared by the CLI and the editor's output channel,
// in the language @vscode/l10n is configured with (the CLI's --locale, the editor's display language);
// the backends' own messages (reasons, errors, problems) are rendered here for the same locale.
import * as l10n from '@vscode/l10n';
import type { Locale } from '../core/rules/message';
import { render } from '../core/rules/render';
import type { Refusal, Selection, Skip } from './plan';
import type { Pulled } from './pull';
import type { ChangeReport } from './run';
import { targetTitle, type BackendText } from './texts';

function renderSkip(skip: Skip, locale: Locale): Skip {
  return { ...skip, reason: render(skip.reason, locale) };
}

function renderRefusal(refusal: Refusal, locale: Locale): Refusal {
  const out: Refusal = { ...refusal, reason: render(refusal.reason, locale) };
  if (refusal.findings) out.findings = refusal.findings.map((f) => ({ ...f, message: render(f.message, locale) }));
  return out;
}

/**
 * The report with every text in `locale`: the shape and key order of contracts.md's JSON, strings
 * only. The CLI prints it (--format json) and every human-readable form starts from it.
 */
export function renderChangeReport(report: ChangeReport, locale: Locale = 'en'): ChangeReport {
  const say = (text: BackendText) => render(text, locale);
  const out: ChangeReport = { ...report, skipped: report.skipped.map((s) => renderSkip(s, locale)), refused: report.refused.map((r) => renderRefusal(r, locale)) };
  if (report.verification) out.verification = { ...report.verification, problems: report.verification.problems.map(say) };
  if (report.error !== undefined) out.error = say(report.error);
  if (report.rollback) out.rollback = { ...report.rollback, problems: report.rollback.problems.map(say) };
  if (report.message !== undefined) out.message = say(report.message);
  return out;
}

/** What a plan skips and refuses, in `locale` (the editor's confirmation and its log). */
export function renderSelection<S extends Pick<Selection, 'skipped' | 'refused'>>(selection: S, locale: Locale = 'en'): S {
  return { ...selection, skipped: selection.skipped.map((s) => renderSkip(s, locale)), refused: selection.refused.map((r) => renderRefusal(r, locale)) };
}

function actionWord(action: string): string {
  switch (action) {
    case 'create':
      return l10n.t('create');
    case 'replace':
      return l10n.t('replace');
    case 'stage':
      return l10n.t('stage');
    case 'delete':
      return l10n.t('delete');
    case 'unstage':
      return l10n.t('unstage');
    case 'restore':
      return l10n.t('restore');
    default:
      return action;
  }
}

/** The report's first line: what was done where, one sentence per verb. */
function headLine(report: ChangeReport, locale: Locale): string {
  const label = render(targetTitle(report.target.label), locale);
  if (report.verb === 'undo') return report.dryRun ? l10n.t('dry run: undo last change on {0}', label) : l10n.t('undo last change on {0}', label);
  if (report.verb === 'apply') return report.dryRun ? l10n.t('dry run: apply to {0}', label) : l10n.t('apply to {0}', label);
  return report.dryRun ? l10n.t('dry run: remove from {0}', label) : l10n.t('remove from {0}', label);
}

export function formatChangeReport(report: ChangeReport, locale: Locale = 'en'): string {
  const say = (text: BackendText) => render(text, locale);
  const lines: string[] = [];
  lines.push(headLine(report, locale));
  for (const step of report.steps) {
    const status = step.status === 'done' ? '' : ` [${step.status}]`;
    lines.push(`  ${actionWord(step.action).padEnd(8)} ${step.target}  (${step.source})${status}`);
  }
  for (const skip of report.skipped) lines.push(l10n.t('  skipped  {0} ({1}): {2}', skip.what, skip.source, say(skip.reason)));
  for (const refusal of report.refused) {
    lines.push(l10n.t('  refused  {0} ({1}): {2}', refusal.name ?? refusal.source, refusal.source, say(refusal.reason)));
    for (const f of refusal.findings ?? []) lines.push(`    ${refusal.source}:${f.line + 1}:${f.character + 1} ${f.severity} ${f.code}: ${say(f.message)}`);
  }
  if (report.operations.length > 0) {
    lines.push(report.dryRun ? l10n.t('operations (not run):') : l10n.t('operations:'));
    for (const op of report.operations) {
      lines.push(`  ${op.command.join(' ')}`);
      if (op.regText !== undefined) for (const line of op.regText.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')) lines.push(`    | ${line}`);
    }
  }
  if (report.error) lines.push(l10n.t('error: {0}', say(report.error)));
  if (report.rollback) lines.push(report.rollback.ok ? l10n.t('rolled back: the target is as it was before') : l10n.t('rollback incomplete: {0}', report.rollback.problems.map(say).join('; ')));
  if (report.verification && report.verification.problems.length === 0) lines.push(l10n.t('verified: read back {0} change(s), every value matches', report.verification.checked));
  if (report.backup) lines.push(l10n.t('backup: {0}', report.backup));
  if (report.message) lines.push(say(report.message));
  if (report.dryRun && report.ok) lines.push(l10n.t('nothing was changed (dry run)'));
  return `${lines.join('\n')}\n`;
}

export function formatPulled(label: string, pulled: Pulled, locale: Locale = 'en'): string {
  const lines = [l10n.t('; registrations on {0}', render(targetTitle(label), locale)), pulled.regText.replace(/\r\n/g, '\n').replace(/\n+$/, '')];
  if (!pulled.storeExists) lines.push('', l10n.t('; the registration store (%ProgramData%\\USOPrivate\\ExpeditedAppRegistrations) does not exist'));
  for (const file of pulled.files) lines.push('', `; ==> ${file.location} <==`, file.text.replace(/\n+$/, ''));
  return `${lines.join('\n')}\n`;
}
