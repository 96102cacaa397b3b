// Export of a simulation as Markdown (for a pull request or a ticket) or as the simulate JSON.
import * as l10n from '@vscode/l10n';
import type { LocatedSimulationResult, RenderedSimulationResult } from '../../core/simulate/result';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(result: RenderedSimulationResult | LocatedSimulationResult): string {
  const s = result.scenario;
  const c = s.conditions;
  const onOff = (on: boolean) => (on ? l10n.t('on') : l10n.t('off'));
  const yesNo = (yes: boolean) => (yes ? l10n.t('yes') : l10n.t('no'));
  const lines: string[] = [l10n.t('# Expedited apps: priority order preview'), ''];
  lines.push(
    l10n.t(
      'Scenario: {0} phase; device region {1}, edition {2}, {3}, build {4}; internet {5}, metered {6}, on battery {7}, battery saver {8}, restricted network traffic {9}, CTA policy {10}; attempts take {11} minutes; retries after the window: {12}.',
      s.phase,
      s.device.region,
      s.device.edition,
      s.device.architecture,
      s.device.build,
      onOff(c.internet),
      yesNo(c.metered),
      yesNo(c.onBattery),
      onOff(c.batterySaver),
      c.restrictedNetworkTraffic ? l10n.t('set') : l10n.t('not set'),
      cell(c.ctaPolicy),
      s.attemptMinutes,
      yesNo(s.assumptions.retriesAfterWindow),
    ),
  );
  lines.push('');
  lines.push(l10n.t('| Rank | Name | Priority | PFN | Form | Status | Attempts (minutes) | Reason |'));
  lines.push('|---:|---|---:|---|---|---|---|---|');
  for (const r of result.registrations) {
    const attempts = r.attempts.map((a) => `${a.start}–${a.end} ${a.result}`).join(', ') || '—';
    const reason = [r.reason, ...r.hazards.map((h) => l10n.t('Hazard: {0}', h))].filter(Boolean).join('; ');
    lines.push(`| ${r.rank} | ${cell(r.name)} | ${r.priority} | ${r.pfn ? `\`${cell(r.pfn)}\`` : '—'} | ${r.form} | ${r.status} | ${attempts} | ${cell(reason)} |`);
  }
  if (result.registrations.length === 0) lines.push(l10n.t('| | (no registrations) | | | | | | |'));
  lines.push('', l10n.t('## Notes'), '');
  for (const note of result.notes) lines.push(`- ${note.replace(/\r?\n/g, ' ')}`);
  if (result.notes.length === 0) lines.push(l10n.t('- None.'));
  return `${lines.join('\n')}\n`;
}

/** The simulate JSON as saved from the panel: the contract's fields plus locations. */
export function toJson(result: RenderedSimulationResult | LocatedSimulationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
