// Code that runs inside the PWA page (plain JavaScript text, so no build step can rewrite it). It finds
// container rows through the open shadow roots and times when a row shows a new state, in page time
// (performance.timeOrigin + performance.now(): the same machine clock as the engine's timeNano).
//
// Hook: rows are <pl-container-row> elements whose `container` property holds the ContainerSummary;
// the state word is the text of the row's <pl-state-badge>. A `data-container-id` attribute on the row
// would make this independent of the property name.
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
  const badgeText = (row) => row.shadowRoot?.querySelector('pl-state-badge')?.shadowRoot?.textContent ?? '';
  const pending = new Map();
  window.__plBench = {
    rows: () => rows().filter((r) => r.container).map((r) => ({ id: r.container.id, state: r.container.state, text: badgeText(r) })),
    /** Arms a watch: resolves with when the row of id first shows state (after Lit's updateComplete) and the next frame. */
    arm(id, state) {
      const row = rows().find((r) => r.container && r.container.id === id);
      const badge = row?.shadowRoot?.querySelector('pl-state-badge');
      if (!row || !badge?.shadowRoot) return false;
      const done = new Promise((resolve) => {
        const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, 15000);
        const check = async () => {
          if (!badgeText(row).includes(state)) return;
          observer.disconnect();
          clearTimeout(timer);
          await badge.updateComplete;
          const dom = now();
          requestAnimationFrame(() => resolve({ dom, frame: now() }));
        };
        const observer = new MutationObserver(() => void check());
        const options = { subtree: true, childList: true, characterData: true, attributes: true };
        observer.observe(row.shadowRoot, options);
        observer.observe(badge.shadowRoot, options);
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
        const tick = () => rows().filter((r) => r.container && badgeText(r)).length >= minRows
          ? resolve(performance.now())
          : requestAnimationFrame(tick);
        tick();
      });
    },
  };
})();
`;
