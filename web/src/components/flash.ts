// A brief, subtle highlight on an element whose value changed. Uses the Web Animations API on the
// background only: no layout change, so nothing moves, and nothing to clean up afterwards.
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

const reducedMotion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

/** Highlights `element` once (e.g. a row whose entity changed). */
export function flashElement(element: Element): void {
  const keyframes = [{ backgroundColor: 'var(--pl-flash)' }, { backgroundColor: 'transparent' }];
  // Reduced motion still gets the cue, just without a fade.
  element.animate(keyframes, { duration: reducedMotion?.matches ? 600 : 1400, easing: 'ease-out' });
}

class FlashDirective extends Directive {
  #last: unknown = undefined;
  #seen = false;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('flash() goes on an element: <tr ${flash(x)}>');
  }

  // The signature types the directive's argument; the work happens in update().
  render(value: unknown): typeof nothing {
    void value;
    return nothing;
  }

  override update(part: ElementPart, [value]: [unknown]): typeof nothing {
    // Entities keep identity while untouched, so `!==` means "this one changed".
    if (this.#seen && value !== this.#last) flashElement(part.element);
    this.#seen = true;
    this.#last = value;
    return nothing;
  }
}

/** `<tr ${flash(entity)}>`: flashes the element when `entity` is a different object than last render. */
export const flash = directive(FlashDirective);
