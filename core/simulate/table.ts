// The CLI's readable form of a simulation: a table of the run order, then the notes.
import type { RenderedSimulationResult } from './result';

export function formatTable(result: RenderedSimulationResult): string {
  const s = result.scenario;
  const lines: string[] = [];
  lines.push(
    `Scenario: ${s.phase} phase, region ${s.device.region}, edition ${s.device.edition}, ${s.device.architecture}, build ${s.device.build}; ` +
      `attempts take ${s.attemptMinutes} min; retriesAfterWindow ${s.assumptions.retriesAfterWindow}`,
  );
  lines.push('');
  const header = ['Rank', 'Name', 'Priority', 'Form', 'Status', 'Attempts (minutes)', 'Reason'];
  const rows = result.registrations.map((r) => [
    String(r.rank),
    r.name,
    String(r.priority),
    r.form,
    r.status,
    r.attempts.map((a) => `${a.start}-${a.end} ${a.result}`).join(', ') || '-',
    [r.reason, ...r.hazards.map((h) => `hazard: ${h}`)].filter(Boolean).join('; '),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const numeric = new Set([0, 2]);
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  lines.push(line(header));
  for (const row of rows) lines.push(line(row));
  if (result.notes.length) {
    lines.push('', 'Notes:');
    for (const note of result.notes) lines.push(`  - ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
