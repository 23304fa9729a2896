import { assert } from 'chai';
import { parseRoute, routePath } from './route.js';

describe('routes', () => {
  it('names every view by its path', () => {
    assert.deepEqual(parseRoute('/'), { view: 'overview' });
    assert.deepEqual(parseRoute('/containers'), { view: 'containers' });
    assert.deepEqual(parseRoute('/containers/'), { view: 'containers' });
    assert.deepEqual(parseRoute('/containers/abc123'), { view: 'container', id: 'abc123' });
    assert.deepEqual(parseRoute('/events'), { view: 'events' });
    assert.deepEqual(parseRoute('/nope'), { view: 'not-found', path: '/nope' });
    assert.deepEqual(parseRoute('/images/x'), { view: 'not-found', path: '/images/x' });
  });

  it('round-trips paths', () => {
    for (const path of ['/', '/containers', '/containers/a%20b', '/images', '/volumes', '/networks', '/events']) {
      assert.equal(routePath(parseRoute(path)), path);
    }
  });
});
