// Looking through shadow roots in browser tests, as a person looking at the page would.

/** All text under `root`, shadow roots included. */
export function deepText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

/** The first element matching `selector` under `root`, shadow roots included. */
export function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  if (root instanceof Element && root.shadowRoot) {
    const inside = deepQuery<E>(root.shadowRoot, selector);
    if (inside) return inside;
  }
  for (const element of root.querySelectorAll('*')) {
    const found = element.shadowRoot ? deepQuery<E>(element.shadowRoot, selector) : null;
    if (found) return found;
  }
  return null;
}

export const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits frame by frame (at most ~3 s) until `ready()` holds; returns how many frames it took. */
export async function framesUntil(ready: () => boolean, what: string): Promise<number> {
  for (let frames = 0; frames < 180; frames += 1) {
    if (ready()) return frames;
    await nextFrame();
  }
  throw new Error(`timed out waiting for ${what}`);
}
