// Export of a simulation as Markdown (for a pull request or a ticket) or as the simulate JSON.
import type { LocatedSimulationResult, SimulationResult } from '../../core/simulate/result';

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function toMarkdown(result: SimulationResult | LocatedSimulationResult): string {
  const s = result.scenario;
  const c = s.conditions;
  const lines: string[] = ['# Expedited apps: priority order preview', ''];
  lines.push(
    `Scenario: ${s.phase} phase; device region ${s.device.region}, edition ${s.device.edition}, ${s.device.architecture}, build ${s.device.build}; ` +
      `internet ${c.internet ? 'on' : 'off'}, metered ${c.metered ? 'yes' : 'no'}, on battery ${c.onBattery ? 'yes' : 'no'}, battery saver ${c.batterySaver ? 'on' : 'off'}, ` +
      `restricted network traffic ${c.restrictedNetworkTraffic ? 'set' : 'not set'}, CTA policy ${cell(c.ctaPolicy)}; ` +
      `attempts take ${s.attemptMinutes} minutes; retries after the window: ${s.assumptions.retriesAfterWindow ? 'yes' : 'no'}.`,
  );
  lines.push('');
  lines.push('| Rank | Name | Priority | PFN | Form | Status | Attempts (minutes) | Reason |');
  lines.push('|---:|---|---:|---|---|---|---|---|');
  for (const r of result.registrations) {
    const attempts = r.attempts.map((a) => `${a.start}–${a.end} ${a.result}`).join(', ') || '—';
    const reason = [r.reason, ...r.hazards.map((h) => `Hazard: ${h}`)].filter(Boolean).join('; ');
    lines.push(`| ${r.rank} | ${cell(r.name)} | ${r.priority} | ${r.pfn ? `\`${cell(r.pfn)}\`` : '—'} | ${r.form} | ${r.status} | ${attempts} | ${cell(reason)} |`);
  }
  if (result.registrations.length === 0) lines.push('| | (no registrations) | | | | | | |');
  lines.push('', '## Notes', '');
  for (const note of result.notes) lines.push(`- ${note.replace(/\r?\n/g, ' ')}`);
  if (result.notes.length === 0) lines.push('- None.');
  return `${lines.join('\n')}\n`;
}

/** The simulate JSON as saved from the panel: the contract's fields plus locations. */
export function toJson(result: SimulationResult | LocatedSimulationResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
