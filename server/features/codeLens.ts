// Code lens on each registration: its priority and place in the workspace's run order, and the
// commands to preview the order and to apply.
import { CodeLensRefreshRequest, type CodeLens } from 'vscode-languageserver/node';
import { RunOrderIndex, runPlaceTitle } from '../../core/intel/runOrder';
import type { Registration } from '../../core/model/registration';
import type { LineIndex } from '../../core/text/lineIndex';
import { intelText } from '../../core/intel/texts';
import type { Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import type { ServerContext, ServerFeature } from '../context';

export const PREVIEW_COMMAND = 'expeditedApps.previewPriorityOrder';
export const APPLY_COMMAND = 'expeditedApps.apply';

export function registrationLenses(uri: string, registrations: readonly Registration[], all: readonly Registration[], lines: LineIndex, locale: Locale = 'en'): CodeLens[] {
  const lenses: CodeLens[] = [];
  const order = new RunOrderIndex(all);
  for (const registration of registrations) {
    const start = lines.positionAt(registration.span.start);
    const range = { start, end: start };
    // An empty command id: VS Code shows the title as plain text.
    lenses.push({ range, command: { title: render(runPlaceTitle(registration, order.place(registration)), locale), command: '' } });
    lenses.push({ range, command: { title: render(intelText.previewPriorityOrder(), locale), command: PREVIEW_COMMAND, arguments: [uri] } });
    // This registration only (the editor title's Apply takes the whole file).
    lenses.push({ range, command: { title: render(intelText.apply(), locale), command: APPLY_COMMAND, arguments: [uri, registration.name] } });
  }
  return lenses;
}

/** A fingerprint of what the lenses show, so other documents' lenses refresh only when the order or the locale changes. */
function orderSignature(all: readonly Registration[], locale: Locale): string {
  return `${locale}\n${all.map((r) => `${r.path}\0${r.name}\0${r.priority}\0${r.priorityExplicit}`).sort().join('\n')}`;
}

export const codeLensFeature: ServerFeature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register: (ctx: ServerContext) => {
    ctx.connection.onCodeLens((params): CodeLens[] | null => {
      const uri = params.textDocument.uri;
      try {
        const analysis = ctx.analysis(uri);
        const lines = ctx.lineIndex(uri);
        if (!analysis || !lines) return null;
        return registrationLenses(uri, analysis.registrations, ctx.allRegistrations(), lines, ctx.locale);
      } catch (err) {
        ctx.connection.console.error(`code lens failed for ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return null;
      }
    });
    if (ctx.clientCapabilities.workspace?.codeLens?.refreshSupport !== true) return;
    let signature = '';
    ctx.onDidChangeFindings(() => {
      const next = orderSignature(ctx.allRegistrations(), ctx.locale);
      if (next === signature) return;
      signature = next;
      ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    });
  },
};
