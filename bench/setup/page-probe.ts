// Code that runs inside the PWA page (plain JavaScript text, so no build step can rewrite it). It finds
// container rows through the open shadow roots and times when a row shows a new state, in page time
// (performance.timeOrigin + performance.now(): the same machine clock as the engine's timeNano).
//
// Hook: rows are <pl-container-row> elements whose `container` property holds the ContainerSummary;
// the row shows its state as an element with `data-state` (the state badge), else as its state word.
// A `data-container-id` attribute on the row would make finding it independent of the property name.
export const PAGE_PROBE = `
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const deepAll = (root, tag, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === tag) out.push(el);
      if (el.shadowRoot) deepAll(el.shadowRoot, tag, out);
    }
    return out;
  };
  const rows = () => deepAll(document, 'pl-container-row');
  // The row's shadow root and any nested ones: the state may be drawn by a child element.
  const roots = (el, out = []) => {
    if (!el.shadowRoot) return out;
    out.push(el.shadowRoot);
    for (const child of el.shadowRoot.querySelectorAll('*')) roots(child, out);
    return out;
  };
  const shownState = (row) => {
    for (const root of roots(row)) {
      const badge = root.querySelector('[data-state]');
      if (badge) return { state: badge.getAttribute('data-state') };
    }
    return { text: roots(row).map((root) => root.textContent).join(' ') };
  };
  // State words are lower case; the status column's "Exited (0) …" is capitalised, so it never matches.
  const shows = (row, state) => {
    const shown = shownState(row);
    return shown.state !== undefined ? shown.state === state : shown.text.includes(state);
  };
  const pending = new Map();
  window.__plBench = {
    rows: () => rows().filter((r) => r.container).map((r) => ({ id: r.container.id, state: r.container.state, shown: shownState(r) })),
    /** Arms a watch: resolves with when the row of id first shows state (after Lit's updateComplete) and the next frame. */
    arm(id, state) {
      const row = rows().find((r) => r.container && r.container.id === id);
      if (!row?.shadowRoot) return false;
      const done = new Promise((resolve) => {
        const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 5000);
        const check = async () => {
          if (!shows(row, state)) return;
          observer.disconnect();
          clearTimeout(timer);
          await row.updateComplete;
          const dom = now();
          requestAnimationFrame(() => resolve({ dom, frame: now() }));
        };
        const observer = new MutationObserver(() => void check());
        const options = { subtree: true, childList: true, characterData: true, attributes: true };
        for (const root of roots(row)) observer.observe(root, options);
      });
      pending.set(id, done);
      return true;
    },
    result(id) {
      const done = pending.get(id);
      pending.delete(id);
      return done ?? Promise.resolve(null);
    },
    /** Page ms since navigation when rows with states were first on screen, polled each frame. */
    firstRender(minRows) {
      return new Promise((resolve) => {
        const tick = () => rows().filter((r) => r.container && (shownState(r).state || shownState(r).text.trim())).length >= minRows
          ? resolve(performance.now())
          : requestAnimationFrame(tick);
        tick();
      });
    },
  };
})();
`;
