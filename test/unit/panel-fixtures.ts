// A fixed, located simulation result for the panel's tests: the worked example plus a skipped and a
// hazardous registration, with the locations the language server would add.
import type { LocatedSimulationResult } from '../../core/simulate/result';
import { renderSimulation } from '../../core/simulate/rendered';
import { simulate } from '../../core/simulate/simulate';
import { fileReg, registryReg, scenarioWith } from './simulate-fixtures';

export function knownResult(): LocatedSimulationResult {
  const shared = 'Contoso.Shared_8wekyb3d8bbwe';
  const result = renderSimulation(simulate(
    [
      registryReg('Q', 15),
      registryReg('P', 5),
      fileReg('Fabrikam', 'Arm', 20, { Architecture: 'arm64' }),
      registryReg('Dup<One>', 30, { PFN: shared }),
      fileReg('Fabrikam', 'DupTwo', 40, { PFN: shared }),
    ],
    scenarioWith({ attempts: { P: ['fail', 'fail', 'fail', 'fail', 'fail', 'fail'] } }),
  ));
  return {
    ...result,
    registrations: result.registrations.map((r, i) => ({
      ...r,
      uri: `file:///ws/${r.form === 'file' ? 'updater.json' : 'oem.reg'}`,
      range: { start: { line: i * 4, character: 0 }, end: { line: i * 4 + 3, character: 10 } },
      nameRange: { start: { line: i * 4, character: 1 }, end: { line: i * 4, character: 5 } },
    })),
  };
}

/** The attributes of every `<tag ...>` in markup we generate ourselves (well-formed, double-quoted). */
export function elements(markup: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]] = a[2];
    out.push(attrs);
  }
  return out;
}
