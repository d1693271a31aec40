import { heatBands, heatClass } from './heatmap';

describe('attendance heat map colours', () => {
  it('steps up with the rate and greys out missing and suppressed cells', () => {
    expect(heatClass({ rate: 0, suppressed: false })).toBe('heat-0');
    expect(heatClass({ rate: 0.49, suppressed: false })).toBe('heat-0');
    expect(heatClass({ rate: 0.5, suppressed: false })).toBe('heat-1');
    expect(heatClass({ rate: 0.8, suppressed: false })).toBe('heat-2');
    expect(heatClass({ rate: 0.9, suppressed: false })).toBe('heat-3');
    expect(heatClass({ rate: 1, suppressed: false })).toBe('heat-4');
    expect(heatClass({ rate: null, suppressed: false })).toBe('heat-none');
    expect(heatClass({ rate: null, suppressed: true })).toBe('heat-suppressed');
  });

  it('describes its bands for the legend', () => {
    const bands = heatBands();
    expect(bands[0]).toEqual({ className: 'heat-0', from: 0, to: 0.5 });
    expect(bands[bands.length - 1]).toEqual({ className: 'heat-4', from: 0.95, to: null });
  });
});
