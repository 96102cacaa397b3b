// `--profile`: a CPU profile of the workbench window (Chromium's renderer main thread) while the
// keystrokes of one scenario run, through the DevTools protocol. Saved as a .cpuprofile (open it
// in Chromium's DevTools or VS Code) and summarised as the functions with the most self time.
import { writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface RendererProfiler {
  stop(file: string): Promise<string>;
}

export async function startRendererProfile(page: Page): Promise<RendererProfiler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop(file: string): Promise<string> {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.detach().catch(() => undefined);
      writeFileSync(file, JSON.stringify(profile));
      return summarise(profile);
    },
  };
}

/** The busiest functions by self time, and how much of the profile the renderer was idle. */
function summarise(profile: CpuProfile, top = 15): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  const total = (profile.endTime - profile.startTime) / 1000;
  const byName = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    byName.set(name, (byName.get(name) ?? 0) + ms);
  }
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [`renderer profile: ${total.toFixed(0)} ms`, ...rows.map(([name, ms]) => `  ${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`)].join('\n');
}
