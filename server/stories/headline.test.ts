import { describe, expect, it } from 'vitest';
import { representativeTitle } from './headline';

describe('representativeTitle', () => {
  it('picks the title most similar to the others, not the earliest', () => {
    expect(
      representativeTitle([
        { id: 'a', title: 'Outrage as court shields cops', publishedAt: '2021-10-18T08:00:00Z' },
        {
          id: 'b',
          title: 'Supreme Court sides with police officers in qualified immunity cases',
          publishedAt: '2021-10-18T10:00:00Z',
        },
        {
          id: 'c',
          title: 'Supreme Court grants police officers qualified immunity',
          publishedAt: '2021-10-18T09:00:00Z',
        },
        { id: 'd', title: 'Police officers win at Supreme Court', publishedAt: null },
      ]),
    ).toMatch(/^Supreme Court (sides|grants)/);
  });

  it('breaks ties by the earliest article, undated last, then id', () => {
    const twins = [
      { id: 'b', title: 'Senate passes budget', publishedAt: '2021-10-18T10:00:00Z' },
      { id: 'a', title: 'Budget passes Senate', publishedAt: '2021-10-18T09:00:00Z' },
      { id: 'c', title: 'Senate budget passes', publishedAt: null },
    ];
    expect(representativeTitle(twins)).toBe('Budget passes Senate');
    expect(representativeTitle(twins.map((t) => ({ ...t, publishedAt: null })))).toBe(
      'Budget passes Senate',
    );
    expect(
      representativeTitle([twins[0] as (typeof twins)[0], twins[2] as (typeof twins)[0]]),
    ).toBe('Senate passes budget');
  });

  it('handles one article and none', () => {
    expect(representativeTitle([{ id: 'a', title: 'Only one', publishedAt: null }])).toBe(
      'Only one',
    );
    expect(representativeTitle([])).toBeNull();
  });
});
