import { gainFigures, normalisedGain, participationFigures, share } from './learning-arithmetic';

describe('knowledge gain arithmetic', () => {
  it('turns sums over pairs into means, gain, normalised gain and improved share', () => {
    // Pairs (pre → post): 40 → 80, 60 → 70, 50 → 40. Means 50 and 63.33…; gain 13.33…;
    // normalised (63.33 − 50) / (100 − 50) = 0.2666…; improved 2 of 3.
    const figures = gainFigures({ paired: 3, people: 3, leftOut: 1, preSum: 150, postSum: 190, improved: 2 });
    expect(figures.paired).toBe(3);
    expect(figures.people).toBe(3);
    expect(figures.leftOut).toBe(1);
    expect(figures.meanPre).toBe(50);
    expect(figures.meanPost).toBeCloseTo(63.3333, 4);
    expect(figures.meanGain).toBeCloseTo(13.3333, 4);
    expect(figures.normalisedGain).toBeCloseTo(0.26667, 4);
    expect(figures.improvedShare).toBeCloseTo(2 / 3, 10);
  });

  it('has no means, gain or shares when nobody is paired, but still counts who was left out', () => {
    expect(gainFigures({ paired: 0, people: 0, leftOut: 2, preSum: 0, postSum: 0, improved: 0 })).toEqual({
      paired: 0,
      people: 0,
      leftOut: 2,
      meanPre: null,
      meanPost: null,
      meanGain: null,
      normalisedGain: null,
      improvedShare: null,
    });
  });

  it('has no normalised gain when the pre-test mean is already 100 (nothing left to gain)', () => {
    const figures = gainFigures({ paired: 2, people: 2, leftOut: 0, preSum: 200, postSum: 190, improved: 0 });
    expect(figures.meanGain).toBe(-5);
    expect(figures.normalisedGain).toBeNull();
    expect(normalisedGain(100 - 1e-12, 100)).toBeNull();
  });

  it('is negative when people do worse after the training, and 1 when everyone reaches full marks', () => {
    expect(normalisedGain(60, 50)).toBeCloseTo(-0.25, 10);
    expect(normalisedGain(20, 100)).toBe(1);
    expect(normalisedGain(0, 0)).toBe(0);
    expect(normalisedGain(null, 50)).toBeNull();
  });
});

describe('participation arithmetic', () => {
  it('averages the participants’ own attendance rates and divides completions by those whose cohort ended', () => {
    // Rates 1, 0.5 and 0.75 → mean 0.75; 2 of 4 ended participants completed.
    expect(participationFigures({ people: 4, rated: 3, rateSum: 2.25, ended: 4, completed: 2 })).toEqual({
      people: 4,
      attendanceRate: 0.75,
      completionRate: 0.5,
    });
  });

  it('has no rate when no session was held and no completion rate before any cohort ended', () => {
    expect(participationFigures({ people: 5, rated: 0, rateSum: 0, ended: 0, completed: 0 })).toEqual({
      people: 5,
      attendanceRate: null,
      completionRate: null,
    });
  });

  it('has no share of nothing', () => {
    expect(share(1, 0)).toBeNull();
    expect(share(0, 4)).toBe(0);
  });
});
