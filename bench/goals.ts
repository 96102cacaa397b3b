// The figures of a bench run with their goals: one table, and the JSON line `--json` prints last.
export type Goals = Record<string, [string, number]>;

/** Prints each figure with "goal <= 0.1: met" or "MISSED"; with `asJson`, then one JSON line on stdout. */
export function reportFigures(results: Record<string, number | null>, goals: Goals, log: (line: string) => void, asJson: boolean): void {
  for (const [key, value] of Object.entries(results)) {
    const goal = goals[key];
    const verdict = goal && value !== null ? ((goal[0] === '>=' ? value >= goal[1] : value <= goal[1]) ? `goal ${goal[0]} ${goal[1]}: met` : `goal ${goal[0]} ${goal[1]}: MISSED`) : '';
    log(`${key.padEnd(36)} ${String(value).padStart(10)}  ${verdict}`);
  }
  if (asJson) process.stdout.write(JSON.stringify(results) + '\n');
}
