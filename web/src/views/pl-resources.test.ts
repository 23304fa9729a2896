/// <reference types="mocha" />
// Images, volumes and networks: the three table views, with the containers that use each entity.
import { assert } from 'chai';
import './pl-images.js';
import './pl-networks.js';
import './pl-volumes.js';
import { IMAGE_ID, fixtureState } from './test/fixture.js';
import { mount, seriousViolations, settle, type Mounted } from './test/mount.js';

const usedBy = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('pl-container-links')]
  .flatMap((l) => [...l.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent));

for (const tag of ['pl-images', 'pl-volumes', 'pl-networks'] as const) {
  describe(tag, () => {
    let m: Mounted<HTMLElementTagNameMap[typeof tag]>;
    afterEach(() => m.remove());

    it('has no serious accessibility violations', async () => {
      m = mount(tag, fixtureState());
      await settle(m.element);
      assert.deepEqual(await seriousViolations(m.wrapper), []);
    });
  });
}

describe('resource views', () => {
  let m: Mounted<HTMLElement>;
  afterEach(() => m.remove());

  it('images: tags, size and the containers created from each', async () => {
    m = mount('pl-images', fixtureState());
    await settle(m.element);
    const t = m.element.shadowRoot!.textContent ?? '';
    assert.include(t, 'busybox:latest');
    assert.include(t, '4.20 MiB');
    assert.lengthOf(usedBy(m.element), 4);
  });

  it('images: a new image appears', async () => {
    const state = fixtureState();
    m = mount('pl-images', state);
    await settle(m.element);
    const id = `sha256:${'b2'.repeat(32)}`;
    m.setState({ ...state, images: { ...state.images, [id]: { ...state.images[IMAGE_ID]!, id, tags: ['alpine:3'] } } });
    await settle(m.element);
    assert.include(m.element.shadowRoot!.textContent ?? '', 'alpine:3');
  });

  it('volumes: driver, mountpoint and the containers that mount each', async () => {
    m = mount('pl-volumes', fixtureState());
    await settle(m.element);
    assert.include(m.element.shadowRoot!.textContent ?? '', '/var/lib/docker/volumes/shop-data/_data');
    assert.deepEqual(usedBy(m.element), ['shop-web-1']);
  });

  it('networks: driver, scope, subnet and attached containers', async () => {
    m = mount('pl-networks', fixtureState());
    await settle(m.element);
    const t = m.element.shadowRoot!.textContent ?? '';
    assert.include(t, '172.18.0.0/16');
    assert.include(t, 'internal');
    assert.deepEqual(usedBy(m.element), ['shop-web-1']);
  });
});
