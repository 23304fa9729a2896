/// <reference types="mocha" />
import { assert } from 'chai';
import './pl-containers.js';
import type { PlContainers } from './pl-containers.js';
import { bigState, container, fixtureState, withContainer } from './test/fixture.js';
import { mount, seriousViolations, settle, until, type Mounted } from './test/mount.js';

function rowNames(el: PlContainers): string[] {
  return [...el.shadowRoot!.querySelectorAll('pl-container-row')].map((r) => r.container?.name ?? '');
}

/** Waits for the virtual list to show `expected` (it lays out over frames), then asserts it. */
async function expectRows(el: PlContainers, expected: string[]): Promise<void> {
  await until(() => rowNames(el).join() === expected.join(), 'rows').catch(() => undefined);
  assert.deepEqual(rowNames(el), expected);
}

async function type(el: PlContainers, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

describe('pl-containers', () => {
  let m: Mounted<PlContainers>;
  afterEach(() => m.remove());

  it('renders every container with state, status and a link to its detail', async () => {
    m = mount('pl-containers', fixtureState());
    await until(() => rowNames(m.element).length === 4, 'rows');
    assert.sameMembers(rowNames(m.element), ['shop-web-1', 'shop-db-1', 'lonely', 'old-job']);
    const row = [...m.element.shadowRoot!.querySelectorAll('pl-container-row')].find((r) => r.container?.name === 'old-job')!;
    await row.updateComplete;
    const text = row.shadowRoot!.textContent ?? '';
    assert.include(text, 'Exited (1) 5 minutes ago');
    assert.equal(row.shadowRoot!.querySelector('a')!.getAttribute('href'), `/containers/${row.container!.id}`);
    assert.equal(row.shadowRoot!.querySelector('[data-state]')!.getAttribute('data-state'), 'exited');
  });

  it('has no serious accessibility violations', async () => {
    m = mount('pl-containers', fixtureState());
    await until(() => rowNames(m.element).length === 4, 'rows');
    assert.deepEqual(await seriousViolations(m.wrapper), []);
  });

  it('searches, sorts and groups', async () => {
    m = mount('pl-containers', fixtureState());
    await expectRows(m.element, ['lonely', 'old-job', 'shop-db-1', 'shop-web-1']);

    await type(m.element, 'shop');
    await expectRows(m.element, ['shop-db-1', 'shop-web-1']);
    await type(m.element, '');

    const select = m.element.shadowRoot!.querySelector('select')!;
    select.value = 'cpu';
    select.dispatchEvent(new Event('change'));
    await expectRows(m.element, ['shop-web-1', 'shop-db-1', 'lonely', 'old-job']);

    const group = m.element.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    group.click();
    await until(() => m.element.shadowRoot!.querySelectorAll('.group h2').length === 2, 'group headings');
    const headings = [...m.element.shadowRoot!.querySelectorAll('.group h2')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    assert.deepEqual(headings, ['shop (2)', 'Not in a compose project (2)']);
  });

  it('re-renders only the row of the container that changed', async () => {
    const state = fixtureState();
    m = mount('pl-containers', state);
    await until(() => rowNames(m.element).length === 4, 'rows');
    const rows = [...m.element.shadowRoot!.querySelectorAll('pl-container-row')];
    const touched = new Set<string>();
    const observers = rows.map((row) => {
      const observer = new MutationObserver(() => touched.add(row.container!.name));
      observer.observe(row.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      return observer;
    });
    const lonely = Object.values(state.containers).find((c) => c.name === 'lonely')!;
    m.setState(withContainer(state, lonely.id, { health: 'unhealthy' }));
    const row = rows.find((r) => r.container?.name === 'lonely')!;
    await until(() => row.shadowRoot!.querySelector('[data-health]')?.getAttribute('data-health') === 'unhealthy', 'the changed row');
    await settle(m.element);
    observers.forEach((o) => o.disconnect());
    assert.deepEqual([...touched], ['lonely']);
  });

  it('shows a new container without losing the others', async () => {
    const state = fixtureState();
    m = mount('pl-containers', state);
    await until(() => rowNames(m.element).length === 4, 'rows');
    const extra = container(9, { name: 'newcomer' });
    m.setState({ ...state, containers: { ...state.containers, [extra.id]: extra } });
    await until(() => rowNames(m.element).includes('newcomer'), 'the new row');
    assert.lengthOf(rowNames(m.element), 5);
  });

  it('virtualises 1,000 containers', async () => {
    m = mount('pl-containers', bigState(1000));
    await until(() => rowNames(m.element).length > 0, 'rows');
    const rendered = rowNames(m.element).length;
    assert.isAbove(rendered, 0);
    assert.isBelow(rendered, 200, 'only rows near the viewport exist in the DOM');
    assert.include(m.element.shadowRoot!.textContent ?? '', '1000 containers');
    // Scrolling renders the rows that come into view and drops the ones that left.
    // The virtualizer refines its height estimate as it measures, so keep scrolling to the end.
    await until(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return rowNames(m.element).includes('app-1099');
    }, 'the last row after scrolling');
    assert.notInclude(rowNames(m.element), 'app-0100');
    window.scrollTo(0, 0);
  });
});
