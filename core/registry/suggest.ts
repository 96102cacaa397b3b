import { editDistance } from '../json/suggest';

/**
 * The known name `name` most likely stands for: a near spelling, or a known name that contains it
 * (`Priority` → `updaterPriority`, `payload` → `expeditedPayload`).
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; score: number } | undefined;
  for (const candidate of known) {
    const contains = lower.length >= 4 && candidate.toLowerCase().includes(lower);
    const score = contains ? 0 : editDistance(lower, candidate.toLowerCase());
    if (score <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || score < best.score)) best = { name: candidate, score };
  }
  return best?.name;
}
