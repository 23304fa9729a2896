// Renders a view inside a wrapper that provides the StoreView by context, as <pl-app> does, and runs axe.
import { ContextProvider } from '@lit/context';
import type { AxeResults, RunOptions } from 'axe-core';
import type { EngineState } from '../../../../shared/types.js';
import { storeViewContext, type StoreView } from '../../data/store-view.js';

// The virtualizer's ResizeObserver can report a benign "loop completed" error; mocha would count it as a
// failure, so it is stopped before mocha's window.onerror sees it.
window.addEventListener('error', (event) => {
  if (event.message.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
}, true);

export interface Mounted<E extends HTMLElement> {
  element: E;
  wrapper: HTMLElement;
  /** Replaces the provided StoreView with one holding `state`, as the store does on every change. */
  setState(state: EngineState | null): void;
  remove(): void;
}

export function storeView(state: EngineState | null): StoreView {
  return { state, epoch: 'E', rev: 1, stale: false, asOf: Date.now(), connection: { phase: 'live', attempt: 0, nextRetryAt: null } };
}

/** Creates `<tag>` inside a providing wrapper attached to the document. */
export function mount<K extends keyof HTMLElementTagNameMap>(tag: K, state: EngineState | null): Mounted<HTMLElementTagNameMap[K]> {
  const wrapper = document.createElement('div');
  const provider = new ContextProvider(wrapper, { context: storeViewContext, initialValue: storeView(state) });
  const element = document.createElement(tag);
  wrapper.append(element);
  document.body.append(wrapper);
  return {
    element, wrapper,
    setState: (next) => provider.setValue(storeView(next)),
    remove: () => wrapper.remove(),
  };
}

/** Waits for Lit updates and a couple of frames (the virtualizer lays out over frames). */
export async function settle(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

/** Waits, frame by frame (at most ~2 s), until `ready()` holds. */
export async function until(ready: () => boolean, what = 'the condition'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (ready()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

declare global {
  interface Window {
    axe?: Axe;
  }
}

// axe-core is a UMD script: loaded with a script tag, it defines window.axe.
async function loadAxe(): Promise<Axe> {
  if (window.axe) return window.axe;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load axe-core from /node_modules'));
    document.head.append(script);
  });
  if (!window.axe) throw new Error('axe-core loaded but did not define window.axe');
  return window.axe;
}

/** Serious and critical axe violations in `root`, formatted for an assertion message. */
export async function seriousViolations(root: Element): Promise<string[]> {
  const axe = await loadAxe();
  const results: AxeResults = await axe.run(root, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}
