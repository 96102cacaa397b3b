// UI end-to-end in VS Code's Korean display language (issue 13): code-server started with
// `--locale ko` and a local language pack (support/languagePack.ts), the packaged extension
// installed from the .vsix, one workbench session for every check. The expected text is read at
// test time from the sources of truth — package.nls(.ko).json for command titles, the core for
// diagnostics, hovers and region names, l10n/bundle.l10n.ko.json for the preview — so the test
// follows the translations instead of copying them. Where a source has Korean, the workbench
// must show it and not the English; where it has none yet, the run names the text still in
// English (hasKorean). The extension host must report vscode.env.language "ko", and the region
// names (Korean today) must reach the hover and the preview, so the run cannot silently stay
// English. Screenshots land in test-results/e2e/ko/ (scripts/update-screenshots.sh copies them
// to docs/screenshots/ko/).
// Needs scripts/setup.sh and `npm run package` first (scripts/test-e2e.sh does both).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { analyzeDocument } from '../../../core/analyze';
import { regionName } from '../../../core/data/regions';
import { toRecord } from '../../../core/diagnostics/records';
import { hoverAt } from '../../../core/intel/hover';
import type { Locale } from '../../../core/rules/message';
import { render } from '../../../core/rules/render';
import { LineIndex } from '../../../core/text/lineIndex';
import { openWorkbench, QUIET_WORKBENCH_SETTINGS, type Browser } from '../support/browser';
import { installVsix, repoRoot, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { buildLanguagePack, extensionHostReportFile, registerLanguagePack, type ExtensionHostReport, type LanguagePack } from '../support/languagePack';
import { waitFor } from '../support/poll';
import { centreOf, openFile, previewFrame, runCommand } from '../support/workbench';

const LOCALE: Locale = 'ko';
const vsix = process.env.EXPEDITE_VSIX ?? join(repoRoot, 'expedited-apps.vsix');
const screenshots = join(repoRoot, 'test-results', 'e2e', LOCALE);
const profile = join(repoRoot, '.vscode-test', 'e2e-ui-korean');

const squiggleFile = { name: 'region-uk.reg', source: join(repoRoot, 'examples', 'invalid', 'region-uk.reg') };
const hoverFile = { name: 'updater_PhotoEditor.json', source: join(repoRoot, 'examples', 'registration', 'updater_PhotoEditor.json'), key: 'Priority' };
const previewFile = { name: 'fabrikam-apps.reg', source: join(repoRoot, 'examples', 'fabrikam-apps.reg') };
/** The region whose name the preview's Scenario form shows in the display language. */
const previewRegion = 'KR';

let server: RunningCodeServer | undefined;
let browser: Browser | undefined;
let pack: LanguagePack | undefined;
let scratch = '';
let userDataDir = '';
let page: Page;

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

// --- The sources of truth ---------------------------------------------------------------------

interface Manifest {
  contributes: { commands: Array<{ command: string; title: string; category?: string }> };
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** A manifest string in one language: `%key%` looked up in package.nls[.<locale>].json, as VS Code does. */
function manifestText(value: string, locale: Locale): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  if (!key) return value;
  const english = readJson<Record<string, string>>(join(repoRoot, 'package.nls.json')) ?? {};
  const local = locale === 'en' ? {} : (readJson<Record<string, string>>(join(repoRoot, `package.nls.${locale}.json`)) ?? {});
  const text = local[key] ?? english[key];
  assert.ok(text !== undefined, `package.nls.json has no entry ${key}`);
  return text;
}

interface CommandText {
  command: string;
  en: { title: string; category: string };
  ko: { title: string; category: string };
}

function commandTexts(): CommandText[] {
  const manifest = readJson<Manifest>(join(repoRoot, 'package.json'));
  assert.ok(manifest);
  return manifest.contributes.commands.map((c) => ({
    command: c.command,
    en: { title: manifestText(c.title, 'en'), category: manifestText(c.category ?? '', 'en') },
    ko: { title: manifestText(c.title, LOCALE), category: manifestText(c.category ?? '', LOCALE) },
  }));
}

function commandText(command: string): CommandText {
  const text = commandTexts().find((c) => c.command === command);
  assert.ok(text, `package.json contributes no command ${command}`);
  return text;
}

/**
 * Whether the source of truth has Korean for a text. Where it has none yet (a message still
 * without its Korean form), the check of what the workbench shows still runs, and the run says
 * which text is still English instead of failing for a translation nobody has written; once
 * the Korean is written, the workbench must show it.
 */
function hasKorean(t: TestContext, what: string, korean: unknown, english: unknown): boolean {
  if (!isDeepStrictEqual(korean, english)) return true;
  t.diagnostic(`no Korean yet for ${what}: the source of truth gives the English text`);
  return false;
}

function hasKoreanTitle(t: TestContext, text: CommandText): boolean {
  return hasKorean(t, `the title of ${text.command} (package.nls.${LOCALE}.json)`, text.ko.title, text.en.title);
}

/** The error messages at `offset` as the editor shows them: the record the CLI and the server make, rendered for `locale`. */
function findingMessages(path: string, text: string, offset: number, locale: Locale): string[] {
  const analysis = analyzeDocument({ path, text });
  const lines = new LineIndex(text);
  return analysis.findings
    .filter((f) => f.severity === 'error' && f.span.start <= offset && offset <= f.span.end)
    .map((f) => toRecord(f, lines, locale).message);
}

/** Markdown as the hover renders it, as plain paragraphs (emphasis, code marks and link targets gone). */
function markdownParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*|__|`/g, '').replace(/\\([\\`*_{}[\]()#+\-.!"])/g, '$1'))
    .map(normalise)
    .filter(Boolean);
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

// --- The workbench ----------------------------------------------------------------------------

/**
 * Points at `target` until the hover there shows what `expect` wants (moving away and back:
 * a hover asked for while the editor is still laying out never comes), then waits for it to
 * finish fading in. On timeout the error shows the hover's last text.
 */
async function hoverUntil(what: string, target: () => Promise<{ x: number; y: number }>, expect: (text: string) => boolean): Promise<string> {
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  let last = '';
  await waitFor(what, async () => {
    await hoverAway();
    const { x, y } = await target();
    await page.mouse.move(x, y, { steps: 2 });
    return waitFor(`${what} (one try)`, async () => {
      last = normalise(await hover.innerText({ timeout: 1_000 }).catch(() => ''));
      return last !== '' && expect(last);
    }, { timeoutMs: 4_000, intervalMs: 100 }).catch(() => false);
  }, { timeoutMs: 60_000, intervalMs: 0 }).catch((error: Error) => {
    throw new Error(`${error.message}; the hover shows: ${last || '(no hover)'}`);
  });
  await waitFor(`${what} to finish fading in`, () =>
    hover.evaluate((el) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        if (Number(getComputedStyle(node).opacity) < 1) return false;
      }
      return true;
    }),
  );
  return last;
}

async function hoverAway(): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

/** The Korean l10n bundle (English message → Korean), without the messages that take arguments. */
function plainBundleEntries(): Array<[string, string]> {
  const bundle = readJson<Record<string, string>>(join(repoRoot, 'l10n', `bundle.l10n.${LOCALE}.json`)) ?? {};
  return Object.entries(bundle).filter(([en, ko]) => en !== ko && !/\{\w+\}/.test(en));
}

describe(`Expedited Apps in VS Code's Korean display language (code-server --locale ${LOCALE})`, { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(vsix), `${vsix} is missing: run npm run package first`);
    mkdirSync(screenshots, { recursive: true });
    rmSync(profile, { recursive: true, force: true });
    scratch = mkdtempSync(join(tmpdir(), 'expedite-e2e-korean-'));
    const workspace = join(scratch, 'work');
    mkdirSync(workspace);
    for (const file of [squiggleFile, hoverFile, previewFile]) copyFileSync(file.source, join(workspace, file.name));
    userDataDir = join(profile, 'user-data');
    const extensionsDir = join(profile, 'extensions');
    pack = await buildLanguagePack(LOCALE);
    await installVsix([vsix, pack.vsix], userDataDir, extensionsDir);
    registerLanguagePack(pack, userDataDir, extensionsDir);
    server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: workspace,
      locale: LOCALE,
      settings: {
        ...QUIET_WORKBENCH_SETTINGS,
        'editor.hover.delay': 150,
        'editor.wordWrap': 'on',
        'editor.minimap.enabled': false,
      },
    });
    browser = await openWorkbench(server, workspace);
    page = browser.page;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    pack?.dispose();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the workbench and the extension host run in Korean (vscode.env.language is "ko")', async () => {
    assert.equal(await page.evaluate(() => (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE), LOCALE, 'the workbench fell back to English');
    assert.ok(pack);
    const reportFile = extensionHostReportFile(pack, userDataDir);
    const report = await waitFor('the extension host\'s report', () => existsSync(reportFile) && (JSON.parse(readFileSync(reportFile, 'utf8')) as ExtensionHostReport), { timeoutMs: 90_000, intervalMs: 250 });
    assert.equal(report.language, LOCALE, 'vscode.env.language in the extension host');
    assert.equal(report.uiKind, 'web');
    // The extension host localised the manifest with package.nls.ko.json.
    for (const c of commandTexts()) {
      const title = report.commandTitles[c.command];
      assert.equal(typeof title === 'string' ? title : title?.value, c.ko.title, `${c.command}'s title in the extension host`);
      if (typeof title === 'object') assert.equal(title.original, c.en.title, `${c.command}'s English title in the extension host`);
    }
  });

  test('the squiggle\'s hover shows the diagnostic message as the core renders it in Korean', async (t) => {
    const text = readFileSync(squiggleFile.source, 'utf8');
    const offset = text.indexOf('\\"UK\\"') + 2;
    const korean = findingMessages(squiggleFile.name, text, offset, LOCALE);
    const english = findingMessages(squiggleFile.name, text, offset, 'en');
    assert.ok(korean.length > 0, `the core finds no error at "UK" in ${squiggleFile.name}`);

    // The same hover also explains the region, with country names in the display language.
    const region = hoverAt(analyzeDocument({ path: squiggleFile.name, text }), offset, { locale: LOCALE });
    assert.ok(region, 'the core has no hover on "UK"');
    const paragraphs = markdownParagraphs(render(region.markdown, LOCALE));

    await openFile(page, squiggleFile.name);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 60_000 });
    const shown = await hoverUntil('the squiggle\'s hover', () => centreOf(page, '.monaco-editor .squiggly-error'),
      (t) => korean.every((m) => t.includes(normalise(m))) && paragraphs.every((p) => t.includes(p)));
    await screenshot('01-squiggle-hover');
    await hoverAway();
    if (hasKorean(t, `the message at "UK" in ${squiggleFile.name} (core/rules)`, korean, english)) {
      for (const m of english) if (!korean.includes(m)) assert.ok(!shown.includes(normalise(m)), `the hover still shows the English "${m}"`);
    }
    // The region explanation is Korean today (i18n-iso-countries' names): the hover must show it.
    const englishRegion = hoverAt(analyzeDocument({ path: squiggleFile.name, text }), offset, { locale: 'en' });
    assert.notEqual(render(region.markdown, LOCALE), render(englishRegion?.markdown ?? '', 'en'), 'the core explains "UK" the same in Korean and English');
  });

  test('a key\'s hover shows its documentation as the core writes it in Korean', async (t) => {
    const text = readFileSync(hoverFile.source, 'utf8');
    const offset = text.indexOf(`"${hoverFile.key}"`) + 1;
    const analysis = analyzeDocument({ path: hoverFile.name, text });
    const korean = hoverAt(analysis, offset, { locale: LOCALE });
    const english = hoverAt(analysis, offset, { locale: 'en' });
    assert.ok(korean && english, `the core has no hover on "${hoverFile.key}"`);
    const paragraphs = markdownParagraphs(render(korean.markdown, LOCALE));

    await openFile(page, hoverFile.name);
    const key = page.locator('.view-line span', { hasText: new RegExp(`^"${hoverFile.key}"$`) }).first();
    await key.waitFor({ state: 'visible', timeout: 30_000 });
    await hoverUntil('the key\'s hover', async () => {
      const box = await key.boundingBox();
      assert.ok(box, `"${hoverFile.key}" has no box on screen`);
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, (t) => paragraphs.every((p) => t.includes(p)));
    await screenshot('02-key-hover');
    await hoverAway();
    hasKorean(t, `the hover of "${hoverFile.key}" (core/intel)`, render(korean.markdown, LOCALE), render(english.markdown, 'en'));
  });

  test('the command palette lists the extension\'s commands with their Korean titles', async (t) => {
    const preview = commandText('expeditedApps.previewPriorityOrder');
    const category = preview.ko.category;
    const rows = page.locator('.quick-input-list .monaco-list-row');
    let seen: string[] = [];
    // Opened again when a try shows nothing: the palette can miss keys while the workbench is busy.
    const labels = await waitFor<string[]>('the extension\'s commands in the palette', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${category}: `);
      return waitFor('the filtered rows (one try)', async () => {
        seen = await rows.evaluateAll((els) => els.map((el) => el.querySelector('.label-name')?.textContent ?? ''));
        // The list draws only the rows on screen: enough of ours, in whatever order it sorts them.
        return seen.filter((t) => t.startsWith(`${category}: `)).length >= 5 && seen;
      }, { timeoutMs: 5_000 }).catch(() => false);
    }, { timeoutMs: 60_000, intervalMs: 0 }).catch(async (error: Error) => {
      await screenshot('03-command-palette');
      throw new Error(`${error.message}; the palette lists: ${seen.join(' | ') || '(nothing)'}`);
    });
    await screenshot('03-command-palette');
    await page.keyboard.press('Escape');
    const byLabel = new Map(commandTexts().map((c) => [`${c.ko.category}: ${c.ko.title}`, c]));
    for (const label of labels.filter((l) => l.startsWith(`${category}: `))) {
      const command = byLabel.get(label);
      assert.ok(command, `"${label}" is not a command title from package.nls.${LOCALE}.json`);
      hasKoreanTitle(t, command);
    }
  });

  test('the preview panel, opened by its Korean title, speaks Korean: l10n/bundle.l10n.ko.json and Korean region names', async (t) => {
    const preview = commandText('expeditedApps.previewPriorityOrder');
    const koreanRegion = regionName(previewRegion, LOCALE);
    assert.ok(koreanRegion && koreanRegion !== regionName(previewRegion, 'en'), `core/data/regions has no Korean name for ${previewRegion}`);
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await openFile(page, previewFile.name);
    await runCommand(page, preview.ko.title);
    const frame = await waitFor('the preview panel\'s rows', () => previewFrame(page), { timeoutMs: 60_000 });
    const option = frame.locator(`#region vscode-option[value="${previewRegion}"]`);
    await waitFor(`${previewRegion} in the Scenario form`, async () => (await option.count()) > 0, { timeoutMs: 30_000 });
    assert.equal(normalise((await option.first().textContent()) ?? ''), `${previewRegion} — ${koreanRegion}`);
    assert.ok((await frame.locator('tr[data-rank]').count()) >= 2, 'the preview lists the registrations');
    await screenshot('04-preview');
    hasKoreanTitle(t, preview);
    // The panel's own words: Korean from the bundle, and no line left in the bundle's English.
    const lines = (await frame.locator('body').innerText()).split('\n').map(normalise).filter(Boolean);
    const entries = plainBundleEntries();
    if (hasKorean(t, `the extension's messages (l10n/bundle.l10n.${LOCALE}.json)`, entries.length > 0, false)) {
      const korean = entries.filter(([, ko]) => lines.some((l) => l.includes(normalise(ko)))).map(([, ko]) => ko);
      const untranslated = entries.filter(([en]) => lines.includes(normalise(en))).map(([en]) => en);
      assert.ok(korean.length > 0, `the preview shows none of l10n/bundle.l10n.${LOCALE}.json's Korean:\n${lines.join('\n')}`);
      assert.deepEqual(untranslated, [], 'the preview still shows these in English');
    }
  });
});
