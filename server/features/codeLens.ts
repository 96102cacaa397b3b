// Code lens on each registration: its priority and place in the workspace's run order, and the
// commands to preview the order and to apply. A `codeLens` answer holds only the ranges and a
// small data tuple (core/intel/lensData.ts); `codeLens/resolve` gives each lens VS Code shows its
// title and command, in the user's language, from the workspace's order at that moment.
import { CodeLensRefreshRequest, type CodeLens, type Command } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../../core/analyze';
import { lensData, LENS_KINDS, readLensData, type LensKind } from '../../core/intel/lensData';
import { RunOrderIndex, runPlaceTitle } from '../../core/intel/runOrder';
import type { Registration } from '../../core/model/registration';
import type { LineIndex } from '../../core/text/lineIndex';
import { intelText } from '../../core/intel/texts';
import type { Locale } from '../../core/rules/message';
import { render } from '../../core/rules/render';
import type { ServerContext, ServerFeature } from '../context';

export const PREVIEW_COMMAND = 'expeditedApps.previewPriorityOrder';
export const APPLY_COMMAND = 'expeditedApps.apply';

/** What a `codeLens` answer was made from: its lenses' data name a registration of it by index. */
interface LensAnswer {
  uri: string;
  /** The analysis's registrations (not the analysis: an old version's text and tree need not stay alive). */
  registrations: readonly Registration[];
  lenses: CodeLens[];
}

/**
 * Answers kept per document. VS Code resolves lenses of its last answer; when it cancels a request
 * the server had already answered, the lenses it shows are of an older one.
 */
const ANSWERS_KEPT = 4;

const NOWHERE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The unresolved lenses of `registrations`: three at the start of each (its place, Preview Priority Order, Apply). */
export function unresolvedLenses(answer: number, registrations: readonly Registration[], lines: LineIndex): CodeLens[] {
  const lenses: CodeLens[] = [];
  registrations.forEach((registration, i) => {
    const start = lines.positionAt(registration.span.start);
    const range = { start, end: start };
    for (const kind of LENS_KINDS) lenses.push({ range, data: lensData(answer, i, kind) });
  });
  return lenses;
}

/** The title and command of one lens of `registration` in document `uri`. */
export function lensCommand(kind: LensKind, uri: string, registration: Registration, order: RunOrderIndex, locale: Locale): Command {
  switch (kind) {
    case 'place':
      // An empty command id: VS Code shows the title as plain text.
      return { title: render(runPlaceTitle(registration, order.place(registration)), locale), command: '' };
    case 'preview':
      return { title: render(intelText.previewPriorityOrder(), locale), command: PREVIEW_COMMAND, arguments: [uri] };
    case 'apply':
      // This registration only (the editor title's Apply takes the whole file).
      return { title: render(intelText.apply(), locale), command: APPLY_COMMAND, arguments: [uri, registration.name] };
  }
}

/** A fingerprint of what the lenses show, so other documents' lenses refresh only when the order or the locale changes. */
function orderSignature(all: readonly Registration[], locale: Locale): string {
  return `${locale}\n${all.map((r) => `${r.path}\0${r.name}\0${r.priority}\0${r.priorityExplicit}`).sort().join('\n')}`;
}

/** The run order of the registrations now, sorted once however many lenses VS Code resolves. */
function runOrderCache(): (all: readonly Registration[]) => RunOrderIndex {
  let made: { all: readonly Registration[]; order: RunOrderIndex } | undefined;
  return (all) => {
    // The analyses hand out the same registration objects until an edit touches them.
    if (made && made.all.length === all.length && made.all.every((r, i) => r === all[i])) return made.order;
    made = { all, order: new RunOrderIndex(all) };
    return made.order;
  };
}

export const codeLensFeature: ServerFeature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: true } }),
  register: (ctx: ServerContext) => {
    const answers = new Map<number, LensAnswer>();
    const answersOf = new Map<string, number[]>();
    let nextAnswer = 1;
    const orderOf = runOrderCache();

    const answerFor = (uri: string, analysis: DocumentAnalysis, lines: LineIndex): LensAnswer => {
      const ids = answersOf.get(uri) ?? [];
      // VS Code asks again for the same version (a refresh): the titles come from the order at resolve time.
      const last = answers.get(ids[ids.length - 1]);
      if (last?.registrations === analysis.registrations) return last;
      const id = nextAnswer++;
      const answer = { uri, registrations: analysis.registrations, lenses: unresolvedLenses(id, analysis.registrations, lines) };
      answers.set(id, answer);
      ids.push(id);
      for (const old of ids.splice(0, Math.max(0, ids.length - ANSWERS_KEPT))) answers.delete(old);
      answersOf.set(uri, ids);
      return answer;
    };

    ctx.documents.onDidClose((e) => {
      for (const id of answersOf.get(e.document.uri) ?? []) answers.delete(id);
      answersOf.delete(e.document.uri);
    });

    ctx.connection.onCodeLens((params): CodeLens[] | null => {
      const uri = params.textDocument.uri;
      try {
        const analysis = ctx.analysis(uri);
        const lines = ctx.lineIndex(uri);
        if (!analysis || !lines) return null;
        return answerFor(uri, analysis, lines).lenses;
      } catch (err) {
        ctx.connection.console.error(`code lens failed for ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return null;
      }
    });

    /** Whether a title was given since the last refresh: only titles shown can be out of date. */
    let resolvedSinceRefresh = false;
    ctx.connection.onCodeLensResolve((lens): CodeLens => {
      resolvedSinceRefresh = true;
      // The lens as sent back, without its data (not needed once resolved).
      const shown = (command: Command): CodeLens => ({ range: lens?.range ?? NOWHERE, command });
      // Not a lens of an answer held (the document closed, the server restarted, a client's own data): nothing to show until VS Code asks again.
      const nothing = { title: '', command: '' };
      try {
        const data = readLensData(lens?.data);
        const answer = data && answers.get(data.answer);
        const was = answer && data ? answer.registrations[data.registration] : undefined;
        if (!data || !answer || !was) return shown(nothing);
        return shown(lensCommand(data.kind, answer.uri, registrationNow(ctx, answer, was), orderOf(ctx.allRegistrations()), ctx.locale));
      } catch (err) {
        ctx.connection.console.error(`code lens resolve failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return shown(nothing);
      }
    });

    if (ctx.clientCapabilities.workspace?.codeLens?.refreshSupport !== true) return;
    let signature = '';
    ctx.onDidChangeFindings(() => {
      const next = orderSignature(ctx.allRegistrations(), ctx.locale);
      if (next === signature) return;
      signature = next;
      if (!resolvedSinceRefresh) return;
      resolvedSinceRefresh = false;
      ctx.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
    });
  },
};

/**
 * The registration a lens of an older version stands for in the document now: the one of the same
 * name (VS Code moves the lens with the text until it asks for new lenses). One renamed or removed
 * since keeps what it was: its place is then where it would run if it were added again.
 */
function registrationNow(ctx: ServerContext, answer: LensAnswer, was: Registration): Registration {
  const now = ctx.analysis(answer.uri);
  if (!now || now.registrations === answer.registrations) return was;
  return now.registrations.find((r) => r.name === was.name) ?? was;
}
