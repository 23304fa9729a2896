import { assert } from 'chai';
import './pl-update.js';

describe('<pl-update>', () => {
  it('says nothing until an update waits, then reloads into it on request', async () => {
    const element = document.createElement('pl-update');
    document.body.append(element);
    await element.updateComplete;
    assert.isNull(element.shadowRoot?.querySelector('button'));
    let applied = 0;
    element.apply = () => void (applied += 1);
    await element.updateComplete;
    assert.include(element.shadowRoot?.textContent, 'Update available');
    element.shadowRoot?.querySelector('button')?.click();
    assert.equal(applied, 1);
    element.remove();
  });
});
