// What the benchmark installs in the pages it measures. Plain JavaScript source, evaluated as text
// (a transpiled function could reference helpers that do not exist in the page). Every timestamp is
// `performance.timeOrigin + performance.now()`, so times taken in the workbench and in the preview's
// webview frame (another document, another time origin) compare directly.

/** Installed once per workbench window: `window.__expediteBench`. */
export const WORKBENCH_PROBE = String.raw`(() => {
  if (window.__expediteBench) return;
  const now = () => performance.timeOrigin + performance.now();
  const SEVERITIES = ['.squiggly-error', '.squiggly-warning'];
  const ANY_SQUIGGLE = '.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint';
  const bench = {
    keyAt: 0,
    doneAt: 0,
    observer: null,
    stop() {
      if (this.observer) this.observer.disconnect();
      this.observer = null;
    },
    /** The next keystroke starts the clock; nothing else is watched (the preview frame watches itself). */
    armKey() {
      this.stop();
      this.keyAt = 0;
      this.doneAt = 0;
    },
    /**
     * Watches the focused editor: done when its error or its warning squiggles grow (direction > 0)
     * or shrink. Counted apart: VS Code draws a file's first 500 markers only, so in a file of more
     * the keystroke's new error can push a warning in view out of those 500.
     */
    armSquiggle(direction) {
      const focused = document.activeElement;
      const root = focused && focused.closest ? focused.closest('.monaco-editor') : null;
      if (!root) throw new Error('no editor has the focus');
      this.armKey();
      const count = () => SEVERITIES.map((s) => root.querySelectorAll(s).length);
      const base = count();
      const check = () => {
        if (!this.keyAt || this.doneAt) return;
        const n = count();
        if (n.some((c, i) => (direction > 0 ? c > base[i] : c < base[i]))) {
          this.doneAt = now();
          this.stop();
        }
      };
      this.observer = new MutationObserver(check);
      this.observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
      return base;
    },
    /** Done when any editor shows its first squiggle of any severity (the file is being opened). */
    armFirstSquiggle() {
      this.armKey();
      const check = () => {
        if (!this.keyAt || this.doneAt) return;
        if (document.querySelector('.editor-instance .monaco-editor ' + ANY_SQUIGGLE.split(', ').join(', .editor-instance .monaco-editor '))) {
          this.doneAt = now();
          this.stop();
        }
      };
      this.observer = new MutationObserver(check);
      this.observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    },
    /** Done when a modal dialog (the Apply confirmation) is on screen. */
    armDialog() {
      this.armKey();
      const check = () => {
        if (!this.keyAt || this.doneAt) return;
        if (document.querySelector('.monaco-dialog-box')) {
          this.doneAt = now();
          this.stop();
        }
      };
      this.observer = new MutationObserver(check);
      this.observer.observe(document.body, { subtree: true, childList: true });
    },
    result() {
      return { keyAt: this.keyAt, doneAt: this.doneAt };
    },
  };
  document.addEventListener('keydown', () => {
    if (!bench.keyAt) bench.keyAt = now();
  }, true);
  window.__expediteBench = bench;
})()`;

/** Installed in the preview's webview frame (the one holding #rows): `window.__expediteBenchRows`. */
export const PREVIEW_PROBE = String.raw`(() => {
  if (window.__expediteBenchRows) return;
  const now = () => performance.timeOrigin + performance.now();
  const rows = document.getElementById('rows');
  const probe = {
    doneAt: 0,
    observer: null,
    /** Done once a row shows the text present and no row shows absent. */
    arm(present, absent) {
      if (this.observer) this.observer.disconnect();
      this.doneAt = 0;
      const check = () => {
        if (this.doneAt) return;
        const text = rows.textContent || '';
        if (text.includes(present) && !text.includes(absent)) {
          this.doneAt = now();
          this.observer.disconnect();
        }
      };
      this.observer = new MutationObserver(check);
      this.observer.observe(rows, { subtree: true, childList: true, characterData: true });
    },
    /** Whether the rows show present and not absent right now. */
    shows(present, absent) {
      const text = rows.textContent || '';
      return text.includes(present) && !text.includes(absent);
    },
  };
  window.__expediteBenchRows = probe;
})()`;
