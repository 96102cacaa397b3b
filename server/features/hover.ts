// Hovers: key docs, region and edition names, run order, dword values — from the core, on the cached analysis.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { hoverAt } from '../../core/intel/hover';
import { render } from '../../core/rules/render';
import type { ServerContext, ServerFeature } from '../context';

export const hoverFeature: ServerFeature = {
  capabilities: () => ({ hoverProvider: true }),
  register: (ctx: ServerContext) => {
    const markdown = ctx.clientCapabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true;
    ctx.connection.onHover((params): Hover | null => {
      const uri = params.textDocument.uri;
      try {
        const analysis = ctx.analysis(uri);
        const lines = ctx.lineIndex(uri);
        if (!analysis || !lines) return null;
        const hover = hoverAt(analysis, lines.offsetAt(params.position), { locale: ctx.locale, registrations: ctx.allRegistrations() });
        if (!hover) return null;
        return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: render(hover.markdown, ctx.locale) }, range: lines.rangeOf(hover.span) };
      } catch (err) {
        ctx.connection.console.error(`hover failed for ${uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return null;
      }
    });
  },
};
