/// <reference types="mocha" />
// Every view in the dark scheme: the dark tokens must keep text readable (axe checks contrast).
import { emulateMedia } from '@web/test-runner-commands';
import { assert } from 'chai';
import './pl-container-detail.js';
import './pl-containers.js';
import './pl-events.js';
import './pl-images.js';
import './pl-networks.js';
import './pl-overview.js';
import './pl-volumes.js';
import { fixtureState } from './test/fixture.js';
import { mount, seriousViolations, settle, until, type Mounted } from './test/mount.js';

const TAGS = ['pl-overview', 'pl-containers', 'pl-container-detail', 'pl-images', 'pl-volumes', 'pl-networks', 'pl-events'] as const;

describe('dark scheme', () => {
  let m: Mounted<HTMLElement> | undefined;
  before(async () => {
    await emulateMedia({ colorScheme: 'dark' });
    assert.isTrue(matchMedia('(prefers-color-scheme: dark)').matches);
  });
  after(() => emulateMedia({ colorScheme: 'light' }));
  afterEach(() => m?.remove());

  for (const tag of TAGS) {
    it(`${tag} has no serious accessibility violations`, async () => {
      const state = fixtureState();
      m = mount(tag, state);
      if (tag === 'pl-container-detail') m.element.setAttribute('container-id', Object.keys(state.containers)[0]!);
      await settle(m.element);
      // <pl-app> paints the page with --pl-bg; views draw on top of it.
      m.wrapper.style.background = getComputedStyle(m.element).getPropertyValue('--pl-bg');
      if (tag === 'pl-containers') await until(() => (m!.element.shadowRoot?.querySelectorAll('pl-container-row').length ?? 0) > 0, 'rows');
      assert.deepEqual(await seriousViolations(m.wrapper), []);
    });
  }
});
