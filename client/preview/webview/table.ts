// The run-order table in the webview. Thousands of rows must not hold up the first screen: the
// first rows are rendered at once and the rest in chunks while the page is idle; a row's outcome
// picker (a web component with six options) is created only when the row is shown, focused or
// clicked, a stand-in that looks like it until then. An update replaces only the rows that changed.
import type { LocatedRegistration, LocatedSimulationResult } from '../../../core/simulate/result';
import { patchRows, type DeltaSegment } from '../../../core/simulate/rowDelta';
import { changedRows, emptyRow, renderOutcomePicker, renderRow } from '../render';

/** Rows rendered at once (more than a screen); the rest follow CHUNK_ROWS at a time when idle. */
const FIRST_ROWS = 100;
const CHUNK_ROWS = 500;
/** Pickers created at once when a table is first shown: about a screen of rows. */
const EAGER_PICKERS = 30;

type Head = Pick<LocatedSimulationResult, 'scenario'>;
type Picker = HTMLElement & { updateComplete?: Promise<unknown>; open?: boolean };

export class RowTable {
  /** The `resultId` of the table shown: what the next rows message must build on. */
  private id: string | undefined;
  private rows: LocatedRegistration[] = [];
  /** Each row's markup (pickers as stand-ins), as rendered for `head` and `focusUri`. */
  private markup: string[] = [];
  private head: Head | undefined;
  private attempts = '';
  private focusUri: string | undefined;
  /** Rows in the DOM: the first `rendered` of `markup`. */
  private rendered = 0;
  private pending: (() => void) | undefined;
  private readonly observer: IntersectionObserver;

  constructor(private readonly body: HTMLElement) {
    this.observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.upgrade(e.target as HTMLElement);
      },
      { rootMargin: '300px 0px' },
    );
    // Reached by Tab or clicked before it was shown: the picker takes its place and the focus (and opens on a click).
    body.addEventListener('focusin', (e) => {
      const lazy = standIn(e.target);
      if (lazy) this.upgrade(lazy, 'focus');
    });
    body.addEventListener('pointerdown', (e) => {
      const lazy = standIn(e.target);
      if (!lazy) return;
      // Not the stand-in's focus: the picker takes it, open.
      e.preventDefault();
      this.upgrade(lazy, 'open');
    });
  }

  /** The result id of the table shown (undefined before the first, or when the server gave none). */
  heldId(): string | undefined {
    return this.id;
  }

  /** Whether every row is in the DOM (the chunks are done). */
  complete(): boolean {
    return this.rendered === this.markup.length;
  }

  /** Shows a whole table. */
  setTable(result: LocatedSimulationResult, focusUri: string | undefined): void {
    this.id = result.resultId;
    this.rows = result.registrations;
    this.show(this.renderAll(result, focusUri), true);
  }

  /**
   * Applies the rows that changed since the table shown and returns the whole list, or undefined
   * when they build on another table (the caller asks for the whole table).
   */
  applyRows(base: string, resultId: string, segments: readonly DeltaSegment<LocatedRegistration>[], head: Head, focusUri: string | undefined): LocatedRegistration[] | undefined {
    if (base !== this.id) return undefined;
    const rows = patchRows(this.rows, segments);
    if (!rows) return undefined;
    this.id = resultId;
    this.rows = rows;
    if (rows.length === 0 || this.markup.length === 0 || JSON.stringify(head.scenario.attempts) !== this.attempts || focusUri !== this.focusUri) {
      // The outcome scripts or the highlighted file changed: any row may look different.
      this.show(this.renderAll({ registrations: rows, scenario: head.scenario }, focusUri), false);
      return rows;
    }
    this.head = head;
    const markup: string[] = [];
    for (const s of segments) {
      if ('items' in s) for (const r of s.items) markup.push(renderRow(r, head, focusUri, true));
      else for (let k = s.from; k < s.from + s.count; k++) markup.push(this.markup[k]);
    }
    this.show(markup, false);
    return rows;
  }

  private renderAll(result: Pick<LocatedSimulationResult, 'registrations' | 'scenario'>, focusUri: string | undefined): string[] {
    this.head = { scenario: result.scenario };
    this.attempts = JSON.stringify(result.scenario.attempts);
    this.focusUri = focusUri;
    const head = this.head;
    return result.registrations.length === 0 ? [emptyRow()] : result.registrations.map((r) => renderRow(r, head, focusUri, true));
  }

  /** Puts `markup` on screen: only the rows that differ when the number of rows is the same. */
  private show(markup: string[], whole: boolean): void {
    const changed = whole ? undefined : changedRows(this.markup, markup);
    this.markup = markup;
    if (!changed || this.body.children.length !== Math.min(this.rendered, markup.length)) {
      this.renderWhole();
      return;
    }
    // Rows not rendered yet are rendered from the new markup by the chunks to come.
    const inDom = changed.filter((i) => i < this.rendered);
    if (inDom.length === 0) return;
    const fresh = parseRows(inDom.map((i) => markup[i]));
    const current = this.body.children;
    inDom.forEach((row, k) => {
      const old = current[row] as HTMLElement;
      // A row whose picker was already made keeps one: no stand-in flashing up while typing.
      const hadPicker = old.querySelector('vscode-single-select.outcome-picker') !== null;
      const lazy = old.querySelector<HTMLElement>('.outcome-lazy');
      if (lazy) this.observer.unobserve(lazy);
      old.replaceWith(fresh[k]);
      const next = fresh[k].querySelector<HTMLElement>('.outcome-lazy');
      if (next) {
        if (hadPicker) this.upgrade(next);
        else this.observer.observe(next);
      }
    });
  }

  private renderWhole(): void {
    this.pending?.();
    this.pending = undefined;
    this.observer.disconnect();
    this.rendered = Math.min(this.markup.length, FIRST_ROWS);
    this.body.innerHTML = this.markup.slice(0, this.rendered).join('');
    const standIns = Array.from(this.body.querySelectorAll<HTMLElement>('.outcome-lazy'));
    standIns.slice(0, EAGER_PICKERS).forEach((lazy) => this.upgrade(lazy));
    for (const lazy of standIns.slice(EAGER_PICKERS)) this.observer.observe(lazy);
    this.scheduleChunk();
  }

  private scheduleChunk(): void {
    if (this.rendered >= this.markup.length) return;
    this.pending = whenIdle(() => {
      this.pending = undefined;
      const end = Math.min(this.markup.length, this.rendered + CHUNK_ROWS);
      const fresh = parseRows(this.markup.slice(this.rendered, end));
      for (const row of fresh) {
        const lazy = row.querySelector<HTMLElement>('.outcome-lazy');
        if (lazy) this.observer.observe(lazy);
      }
      this.body.append(...fresh);
      this.rendered = end;
      this.scheduleChunk();
    });
  }

  /** Puts the real picker in the stand-in's place; `focus` gives it the focus, `open` opens it too. */
  private upgrade(lazy: HTMLElement, then?: 'focus' | 'open'): void {
    this.observer.unobserve(lazy);
    const name = lazy.dataset.name;
    if (name === undefined || !this.head || !lazy.isConnected) return;
    const template = document.createElement('template');
    template.innerHTML = renderOutcomePicker(name, this.head);
    const picker = template.content.firstElementChild as Picker | null;
    if (!picker) return;
    lazy.replaceWith(picker);
    if (!then) return;
    // The picker draws itself asynchronously (Lit): focus it once it has.
    void Promise.resolve(picker.updateComplete).then(() => {
      picker.focus();
      if (then === 'open') picker.open = true;
    });
  }
}

function standIn(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Element ? ((target.closest('.outcome-lazy') as HTMLElement | null) ?? undefined) : undefined;
}

/** Row markup to elements, in one parse. */
function parseRows(markup: readonly string[]): HTMLElement[] {
  const template = document.createElement('template');
  template.innerHTML = `<table><tbody>${markup.join('')}</tbody></table>`;
  return Array.from(template.content.querySelectorAll<HTMLElement>('tbody > tr'));
}

/** Runs `task` when the page is idle (soon, at the latest); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
