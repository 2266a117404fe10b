import { describe, expect, it } from 'vitest';
import { panelList } from './panels.js';

describe('panelList', () => {
  it('names panels in diagram order, joined as a sentence', () => {
    expect(panelList([])).toBe('');
    expect(panelList(['roof'])).toBe('roof');
    expect(panelList(['rear_bumper', 'hood', 'driver_side_front'])).toBe(
      'hood, driver side, front and rear bumper',
    );
  });
});
