// A simulation in words for one locale: what the CLI prints and the server sends (the contract's
// `notes: string[]`). Only the edges call it; the core keeps message references.
import type { Locale } from '../rules/message';
import { render } from '../rules/render';
import type { RenderedSimulationResult, SimulationResult } from './result';

export function renderSimulation(result: SimulationResult, locale: Locale = 'en'): RenderedSimulationResult {
  return {
    ...result,
    registrations: result.registrations.map((r) => ({ ...r, reason: render(r.reason, locale), hazards: r.hazards.map((h) => render(h, locale)) })),
    notes: result.notes.map((n) => render(n, locale)),
  };
}
