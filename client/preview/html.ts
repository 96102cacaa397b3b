// The panel's page: a strict Content-Security-Policy (scripts and styles only with the nonce or from
// the extension), theme colours only, and the controls the webview script wires up. Pure.
import * as l10n from '@vscode/l10n';
import { escapeHtml } from './render';

export interface PanelPageOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh per page load. */
  nonce: string;
  /** `webview.asWebviewUri(dist/webview.js)`. */
  scriptUri: string;
  /** `webview.asWebviewUri(dist/codicon.css)`. */
  codiconUri: string;
  /** VS Code's display language (`vscode.env.language`); English by default. */
  language?: string;
  /** `vscode.l10n.bundle`: the webview script translates with it (absent in English). */
  l10nBundle?: Record<string, string>;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** A nonce from 32 random alphanumerics (the caller passes the random source in tests). */
export function makeNonce(random: () => number = Math.random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(random() * chars.length)];
  return out;
}

function conditions(): [id: string, label: string][] {
  return [
    ['internet', l10n.t('Internet')],
    ['metered', l10n.t('Metered network')],
    ['onBattery', l10n.t('On battery')],
    ['batterySaver', l10n.t('Battery saver')],
    ['restrictedNetworkTraffic', l10n.t('Restricted network traffic policy')],
    ['ctaBlocked', l10n.t('CTA policy other than AutoApprove')],
  ];
}

/** For double-quoted attributes: keeps the CSP's single quotes readable. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function panelHtml(o: PanelPageOptions): string {
  const nonce = escapeHtml(o.nonce);
  const checkboxes = conditions().map(([id, label]) => `<vscode-checkbox id="${id}" label="${escapeAttribute(label)}"></vscode-checkbox>`).join('\n        ');
  const bundle = o.l10nBundle && Object.keys(o.l10nBundle).length > 0 ? ` data-l10n="${escapeAttribute(JSON.stringify(o.l10nBundle)).replace(/>/g, '&gt;')}"` : '';
  // One escaping for attributes and text: translations may hold quotes and ampersands.
  const t = (message: string) => escapeAttribute(message);
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(o.language ?? 'en')}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(o.cspSource, o.nonce))}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link id="vscode-codicon-stylesheet" rel="stylesheet" href="${escapeHtml(o.codiconUri)}">
  <style nonce="${nonce}">${PANEL_CSS}</style>
  <title>${t(l10n.t('Priority Order'))}</title>
</head>
<body${bundle}>
  <header class="toolbar">
    <h1>${t(l10n.t('Priority order'))}</h1>
    <span id="summary" class="summary"></span>
    <span class="spacer"></span>
    <vscode-checkbox id="includeMachine" label="${t(l10n.t("Include the target machine's registrations"))}" disabled></vscode-checkbox>
    <vscode-button id="refresh" secondary icon="refresh" title="${t(l10n.t('Simulate again'))}">${t(l10n.t('Refresh'))}</vscode-button>
    <vscode-button id="export-markdown" secondary icon="markdown" title="${t(l10n.t('Save the result as Markdown'))}">${t(l10n.t('Export Markdown'))}</vscode-button>
    <vscode-button id="export-json" secondary icon="json" title="${t(l10n.t('Save the result as JSON'))}">${t(l10n.t('Export JSON'))}</vscode-button>
  </header>
  <div id="error" class="error" role="alert" hidden></div>
  <details id="scenario" class="scenario" open>
    <summary>${t(l10n.t('Scenario'))} <span id="scenario-summary" class="scenario-summary"></span></summary>
    <div class="controls">
      <div class="control"><vscode-label for="phase">${t(l10n.t('Phase'))}</vscode-label>
        <vscode-single-select id="phase"><vscode-option value="desktop">${t(l10n.t('Desktop (first 30 minutes)'))}</vscode-option><vscode-option value="oobe">OOBE</vscode-option></vscode-single-select></div>
      <div class="control"><vscode-label for="region">${t(l10n.t('Device region'))}</vscode-label>
        <vscode-single-select id="region" combobox></vscode-single-select></div>
      <div class="control"><vscode-label for="edition">${t(l10n.t('Edition'))}</vscode-label>
        <vscode-single-select id="edition" combobox></vscode-single-select></div>
      <div class="control"><vscode-label for="architecture">${t(l10n.t('Architecture'))}</vscode-label>
        <vscode-single-select id="architecture"><vscode-option value="amd64">amd64</vscode-option><vscode-option value="arm64">arm64</vscode-option></vscode-single-select></div>
      <div class="control"><vscode-label for="build">${t(l10n.t('Build'))}</vscode-label>
        <vscode-textfield id="build" type="number" min="1"></vscode-textfield></div>
      <div class="control"><vscode-label for="attemptMinutes">${t(l10n.t('Minutes per attempt'))}</vscode-label>
        <vscode-textfield id="attemptMinutes" type="number" min="1"></vscode-textfield></div>
      <div class="control wide"><vscode-label for="installed">${t(l10n.t('Installed packages (PFNs, comma-separated)'))}</vscode-label>
        <vscode-textfield id="installed" placeholder="Contoso.App_8wekyb3d8bbwe"></vscode-textfield></div>
      <div class="control wide"><vscode-label for="deprovisioned">${t(l10n.t('Deprovisioned packages (PFNs, comma-separated)'))}</vscode-label>
        <vscode-textfield id="deprovisioned"></vscode-textfield></div>
      <fieldset class="control wide conditions"><legend>${t(l10n.t('Conditions'))}</legend>
        ${checkboxes}
      </fieldset>
      <fieldset class="control wide"><legend>${t(l10n.t('Assumptions'))}</legend>
        <vscode-checkbox id="retriesAfterWindow" label="${t(l10n.t('Attempts (first attempts and retries) may start after the 30-minute window'))}"></vscode-checkbox>
      </fieldset>
    </div>
  </details>
  <div class="table-box">
  <table class="order" aria-label="${t(l10n.t('Run order'))}">
    <thead><tr><th scope="col" class="rank">${t(l10n.t('Rank'))}</th><th scope="col" class="name">${t(l10n.t('Name'))}</th><th scope="col" class="priority">${t(l10n.t('Priority'))}</th><th scope="col" class="pfn">PFN</th><th scope="col" class="form">${t(l10n.t('Form'))}</th><th scope="col" class="status">${t(l10n.t('Status'))}</th><th scope="col" class="outcome">${t(l10n.t('Outcome script'))}</th></tr></thead>
    <tbody id="rows"></tbody>
  </table>
  </div>
  <h2>${t(l10n.t('Timeline'))} <span class="legend"><span class="swatch attempt-Succeeded"></span>${t(l10n.t('Succeeded'))} <span class="swatch attempt-Failed"></span>${t(l10n.t('Failed'))} <span class="swatch attempt-Aborted"></span>${t(l10n.t('Aborted (timeout)'))} <span class="swatch cooldown"></span>${t(l10n.t('Cooldown'))}</span></h2>
  <div id="timeline" class="timeline-box"></div>
  <h2>${t(l10n.t('Notes: assumptions and hazards'))}</h2>
  <ul id="notes" class="notes"></ul>
  <div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
  <script nonce="${nonce}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>`;
}

/** Theme variables only: the panel follows light, dark and high-contrast themes. */
export const PANEL_CSS = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
h1 { font-size: 1.3em; margin: 0; white-space: nowrap; }
/* Korean breaks between words, not between syllables (a narrow column would split 레지스트리). */
:lang(ko) body { word-break: keep-all; }
h2 { font-size: 1.1em; margin: 18px 0 6px; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 10px 0; border-bottom: 1px solid var(--vscode-panel-border); position: sticky; top: 0; background: var(--vscode-editor-background); z-index: 3; }
/* In a narrow panel the wrapped toolbar would hide a third of the page: let it scroll away. */
@media (max-width: 600px) { .toolbar { position: static; } }
.spacer { flex: 1; }
.summary { color: var(--vscode-descriptionForeground); }
.error { color: var(--vscode-errorForeground); border: 1px solid var(--vscode-inputValidation-errorBorder); background: var(--vscode-inputValidation-errorBackground); padding: 6px 8px; margin: 8px 0; }
.scenario { margin: 8px 0; }
.scenario > summary { cursor: pointer; font-weight: 600; }
.controls { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 8px 16px; margin-top: 8px; }
.control { display: flex; flex-direction: column; gap: 2px; }
.control.wide { grid-column: 1 / -1; }
/* vscode-elements fields default to a fixed 320px: fill the grid cell instead of overlapping the next one. */
.control vscode-textfield, .control vscode-single-select { width: 100%; min-width: 0; }
fieldset { border: 1px solid var(--vscode-panel-border); padding: 6px 10px; }
fieldset.conditions { flex-direction: row; flex-wrap: wrap; gap: 4px 16px; }
legend { color: var(--vscode-descriptionForeground); }
table.order { border-collapse: collapse; width: 100%; margin-top: 8px; }
table.order th { text-align: left; color: var(--vscode-descriptionForeground); font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 6px; }
table.order td { padding: 4px 6px; vertical-align: top; border-bottom: 1px solid var(--vscode-panel-border); }
td.rank, td.priority { text-align: right; font-variant-numeric: tabular-nums; }
/* Headers stay in view while the rows scroll (below the toolbar while it is sticky). */
table.order thead th { position: sticky; top: var(--toolbar-height, 0px); background: var(--vscode-editor-background); z-index: 2; }
/* Names and PFNs break only after _ and . (<wbr>), never mid-word. */
td.name { min-width: 8em; }
td.pfn code, .pfn-inline code { overflow-wrap: normal; word-break: normal; }
td.status { min-width: 7em; }
.outcome-picker { width: 11em; }
/* The outcome picker's stand-in until its row is shown or focused (render.ts renderLazyPicker): the picker's look. */
.outcome-lazy { display: inline-flex; align-items: center; justify-content: space-between; gap: 4px; box-sizing: border-box; height: 26px; padding: 0 2px 0 6px; font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border); border-radius: 2px; cursor: pointer; text-align: left; }
.outcome-lazy .outcome-value { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.outcome-lazy:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.pfn-inline { display: none; color: var(--vscode-descriptionForeground); font-size: 0.92em; }
.scenario-summary { font-weight: normal; color: var(--vscode-descriptionForeground); }
/* A side panel: the PFN moves under the name, the Form column goes, the outcome picker narrows,
   so rank, name, status and outcome fit without scrolling sideways. */
@media (max-width: 760px) {
  th.pfn, td.pfn, th.form, td.form { display: none; }
  .pfn-inline { display: block; }
  .outcome-picker { width: 8em; }
  table.order th, table.order td { padding: 4px 3px; }
}
tr.row { cursor: pointer; }
tr.row:hover { background: var(--vscode-list-hoverBackground); }
tr.row:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
tr.row.focused { background: var(--vscode-list-inactiveSelectionBackground); }
.reason { color: var(--vscode-descriptionForeground); font-size: 0.92em; }
.missing { color: var(--vscode-descriptionForeground); font-style: italic; }
code { font-family: var(--vscode-editor-font-family); }
/* High Contrast: no filled chips behind PFNs (they glare); an outline in the contrast colour instead,
   and the editor's text colour (textPreformat's is meant for its own fill: black on black here). */
body.vscode-high-contrast code, body.vscode-high-contrast-light code { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); outline: 1px solid var(--vscode-contrastBorder); }
/* Icon colours are for icons (testing.iconPassed is a pale green in light themes too): the words stay in the text colour. */
.status-label.status-installed .codicon { color: var(--vscode-testing-iconPassed); }
.status-label.status-failed .codicon { color: var(--vscode-testing-iconFailed); }
.status-label.status-skipped, .status-label.status-not-in-phase { color: var(--vscode-descriptionForeground); }
.status-label.status-blocked .codicon { color: var(--vscode-editorWarning-foreground); }
.hazard-icon, .note.hazard .codicon { color: var(--vscode-editorWarning-foreground); }
.timeline-box { overflow-x: auto; border: 1px solid var(--vscode-panel-border); }
svg.timeline text { fill: var(--vscode-foreground); font-size: 11px; font-family: var(--vscode-font-family); }
svg.timeline .tick { stroke: var(--vscode-panel-border); stroke-width: 1; }
svg.timeline .tick-label, svg.timeline .lane-status { fill: var(--vscode-descriptionForeground); }
svg.timeline .window-line { stroke: var(--vscode-editorWarning-foreground); stroke-width: 2; stroke-dasharray: 4 3; }
svg.timeline .window-label { fill: var(--vscode-editorWarning-foreground); }
.attempt-Succeeded { fill: var(--vscode-testing-iconPassed); background: var(--vscode-testing-iconPassed); }
.attempt-Failed { fill: var(--vscode-testing-iconFailed); background: var(--vscode-testing-iconFailed); }
.attempt-Aborted { fill: var(--vscode-editorWarning-foreground); background: var(--vscode-editorWarning-foreground); }
.cooldown { fill: var(--vscode-descriptionForeground); background: var(--vscode-descriptionForeground); opacity: 0.5; }
.legend { font-weight: normal; color: var(--vscode-descriptionForeground); font-size: 0.9em; margin-left: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; vertical-align: middle; }
.notes { padding-left: 0; list-style: none; }
.note { margin: 4px 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;
