// What the Apply/Remove confirmation lists: per registration what happens to it, with the values
// written and, for a subkey already on the target, which of them change. No `vscode` here.
import * as l10n from '@vscode/l10n';
import type { ImportedValue } from '../../core/reg/model';
import { analyzeDocument } from '../../core/analyze';
import type { Plan, PlanInput, PlannedStep } from '../../backends/plan';
import { keysOf, regTextOf } from '../../backends/regText';
import type { Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';

/** The longest value line shown; a payload is one long line. */
const MAX_LINE = 110;

function clip(line: string): string {
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line;
}

/** `"name"=data` as a .reg file writes it. */
function valueLine(key: string, value: ImportedValue): string {
  const lines = regTextOf([{ key, values: [value] }]).split(/\r?\n/);
  return lines.find((l) => l.startsWith('"') || l.startsWith('@')) ?? value.name;
}

function sameValue(a: ImportedValue, b: ImportedValue): boolean {
  return a.type === b.type && JSON.stringify(a.data) === JSON.stringify(b.data);
}

/** A registry step's value lines and whether it leaves the subkey as it is. */
function registryChange(step: PlannedStep): { unchanged: boolean; lines: string[] } {
  if (step.snapshot.kind !== 'registry' || step.expect.kind !== 'registry' || !step.expect.values) return { unchanged: false, lines: [] };
  const key = step.snapshot.key;
  const beforeValues = step.snapshot.before === undefined ? undefined : (keysOf(step.snapshot.before).find((k) => k.key.toLowerCase() === key.toLowerCase())?.values ?? []);
  const before = new Map((beforeValues ?? []).map((v) => [v.name.toLowerCase(), v]));
  const after = step.expect.values;
  const lines: string[] = [];
  let changes = 0;
  for (const value of after) {
    const old = before.get(value.name.toLowerCase());
    const line = clip(valueLine(key, value));
    if (beforeValues === undefined || (old && sameValue(old, value))) lines.push(`    ${line}`);
    else if (old) {
      changes++;
      lines.push(`    ${line}   ${l10n.t('(was {0})', clip(valueLine(key, old)).replace(/^"[^"]*"=/, ''))}`);
    } else {
      changes++;
      lines.push(`    ${line}   ${l10n.t('(new)')}`);
    }
  }
  for (const [name, old] of before) {
    if (after.some((v) => v.name.toLowerCase() === name)) continue;
    changes++;
    lines.push(`    "${old.name}"   ${l10n.t('(removed)')}`);
  }
  return { unchanged: beforeValues !== undefined && changes === 0, lines };
}

/** A step's head line: what happens to its target. */
function actionLine(action: PlannedStep['action'], target: string): string {
  switch (action) {
    case 'create':
      return l10n.t('create {0}', target);
    case 'replace':
      return l10n.t('update {0}', target);
    case 'stage':
      return l10n.t('stage {0}', target);
    case 'delete':
      return l10n.t('delete {0}', target);
    case 'unstage':
      return l10n.t('unstage {0}', target);
    case 'restore':
      return l10n.t('restore {0}', target);
  }
}

/** The confirmation dialog's detail: one block per step, then what is skipped. */
export function confirmationDetail(plan: Plan, locale: Locale = 'en'): string {
  const blocks = plan.steps.map((step) => {
    if (step.form !== 'registry' || step.action === 'delete') return actionLine(step.action, step.target);
    const change = registryChange(step);
    const head = change.unchanged ? l10n.t('unchanged {0} (already holds these values; written again)', step.target) : actionLine(step.action, step.target);
    return [head, ...change.lines].join('\n');
  });
  for (const skip of plan.skipped) blocks.push(l10n.t('skip {0}: {1}', skip.what, render(skip.reason, locale)));
  return blocks.join('\n');
}

/** How many steps change nothing on the target. */
export function unchangedCount(plan: Plan): number {
  return plan.steps.filter((s) => s.form === 'registry' && s.action === 'replace' && registryChange(s).unchanged).length;
}

/**
 * The document restricted to one registration (the Apply code lens of that registration): for a
 * .reg file its header and that registration's key block, for a registration file the file itself.
 */
export function onlyRegistration(input: PlanInput, name: string): PlanInput | undefined {
  const registration = input.analysis.registrations.find((r) => r.name.toLowerCase() === name.toLowerCase());
  if (!registration) return undefined;
  if (input.analysis.kind !== 'reg' || input.analysis.registrations.length === 1) return input;
  const text = input.analysis.text;
  const header = text.slice(0, input.analysis.reg?.headerSpan.end ?? 0);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const only = `${header}${eol}${eol}${text.slice(registration.span.start, registration.span.end)}${eol}`;
  const analysis = analyzeDocument({ path: input.analysis.path, text: only, languageId: 'reg', encoding: input.analysis.reg?.encoding });
  return { path: input.path, analysis, bytes: input.bytes };
}
