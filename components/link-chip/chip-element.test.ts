import { describe, expect, it } from 'vitest';
import type { ChipSource } from '../../core/link-chips/chip-messages';
import { chipWords } from './chip-element';

const outlet = (overrides: Partial<ChipSource>): ChipSource => ({
  id: 'harbour-courier',
  name: 'Harbour Courier',
  position: null,
  ratersDisagree: false,
  raters: [],
  reliability: null,
  ...overrides,
});

describe('chipWords', () => {
  it('names the leaning, with the reliability word beside it when a rater gives one', () => {
    const words = chipWords(
      outlet({
        position: -1,
        raters: ['AllSides'],
        reliability: { label: 'High reliability', rater: 'Idiap' },
      }),
    );
    expect(words.text).toBe('Lean Left');
    expect(words.reliability).toBe('High');
    expect(words.label).toContain('Harbour Courier: Lean Left');
  });

  it('says the reliability reading, not "Not rated", for an outlet rated for reliability alone', () => {
    const words = chipWords(
      outlet({ reliability: { label: 'Mixed reliability', rater: 'Idiap' } }),
    );
    expect(words.text).toBe('Mixed reliability');
    expect(words.reliability).toBeNull();
    expect(words.label).toContain(
      'Harbour Courier: bias not rated; reliability Mixed reliability (Idiap)',
    );
  });

  it('says "Not rated" only when no rater says anything', () => {
    expect(chipWords(outlet({})).text).toBe('Not rated');
  });
});
