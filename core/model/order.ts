import type { Registration } from './registration';

export type TieBreak = 'name';

/**
 * The orchestrator's run order: lower priority number first. Equal priorities are unordered in
 * the sources; we order them by name (an assumption the simulator states in its notes).
 */
export function runOrder<T extends Pick<Registration, 'name' | 'priority'>>(registrations: readonly T[], _tieBreak: TieBreak = 'name'): T[] {
  return [...registrations].sort((a, b) => a.priority - b.priority || compareNames(a.name, b.name));
}

/** Registry key names compare case-insensitively; ties between spellings fall back to ordinal order. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** "1st", "2nd", "3rd", "4th", ... for hovers and code lenses. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
}
