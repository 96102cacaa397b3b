// Human-readable reports of apply/remove/undo/pull, shared by the CLI and the editor's output channel.
import type { Pulled } from './pull';
import type { ChangeReport } from './run';

const ACTION_WORDS: Record<string, string> = { create: 'create', replace: 'replace', stage: 'stage', delete: 'delete', unstage: 'unstage', restore: 'restore' };

export function formatChangeReport(report: ChangeReport): string {
  const lines: string[] = [];
  const verb = report.verb === 'undo' ? 'undo last change on' : `${report.verb} ${report.verb === 'apply' ? 'to' : 'from'}`;
  lines.push(`${report.dryRun ? 'dry run: ' : ''}${verb} ${report.target.label}`);
  for (const step of report.steps) {
    const status = step.status === 'done' ? '' : ` [${step.status}]`;
    lines.push(`  ${(ACTION_WORDS[step.action] ?? step.action).padEnd(8)} ${step.target}  (${step.source})${status}`);
  }
  for (const skip of report.skipped) lines.push(`  skipped  ${skip.what} (${skip.source}): ${skip.reason}`);
  for (const refusal of report.refused) {
    lines.push(`  refused  ${refusal.name ?? refusal.source} (${refusal.source}): ${refusal.reason}`);
    for (const f of refusal.findings ?? []) lines.push(`    ${refusal.source}:${f.line + 1}:${f.character + 1} ${f.severity} ${f.code}: ${f.message}`);
  }
  if (report.operations.length > 0) {
    lines.push(report.dryRun ? 'operations (not run):' : 'operations:');
    for (const op of report.operations) {
      lines.push(`  ${op.command.join(' ')}`);
      if (op.regText !== undefined) for (const line of op.regText.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')) lines.push(`    | ${line}`);
    }
  }
  if (report.error) lines.push(`error: ${report.error}`);
  if (report.rollback) lines.push(report.rollback.ok ? 'rolled back: the target is as it was before' : `rollback incomplete: ${report.rollback.problems.join('; ')}`);
  if (report.verification && report.verification.problems.length === 0) lines.push(`verified: read back ${report.verification.checked} change(s), every value matches`);
  if (report.backup) lines.push(`backup: ${report.backup}`);
  if (report.message) lines.push(report.message);
  if (report.dryRun && report.ok) lines.push('nothing was changed (dry run)');
  return `${lines.join('\n')}\n`;
}

export function formatPulled(label: string, pulled: Pulled): string {
  const lines = [`; registrations on ${label}`, pulled.regText.replace(/\r\n/g, '\n').replace(/\n+$/, '')];
  if (!pulled.storeExists) lines.push('', '; the registration store (%ProgramData%\\USOPrivate\\ExpeditedAppRegistrations) does not exist');
  for (const file of pulled.files) lines.push('', `; ==> ${file.location} <==`, file.text.replace(/\n+$/, ''));
  return `${lines.join('\n')}\n`;
}
