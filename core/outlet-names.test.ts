import { describe, expect, it } from 'vitest';
import { comparableName, outletDomainsByName } from './outlet-names';
import type { Source } from './source';
import { buildSourceIndex } from './source-index';

const outlet = (id: string, name: string, domains: string[]): Source => ({
  id,
  name,
  domains,
  country: null,
  language: null,
  owner: null,
  feeds: [],
  ratings: [],
  position: null,
  ratersDisagree: false,
});

describe('outletDomainsByName', () => {
  it("maps each outlet's name to its first domain, leaving shared names out", () => {
    const index = buildSourceIndex([
      outlet('associated-press', 'Associated Press', ['apnews.com', 'ap.org']),
      outlet('le-monde', 'Le Monde', ['lemonde.fr']),
      outlet('times-uk', 'The Times', ['thetimes.co.uk']),
      outlet('times-other', 'Times', ['times.example']),
    ]);
    const names = outletDomainsByName(index);
    expect(names.get(comparableName('Associated Press'))).toBe('apnews.com');
    expect(names.get(comparableName('LE MONDE'))).toBe('lemonde.fr');
    expect(names.has(comparableName('The Times'))).toBe(false);
  });

  it('compares names without case, a leading "The", punctuation or accents', () => {
    expect(comparableName('The Guardian')).toBe(comparableName('guardian'));
    expect(comparableName('A.P.')).toBe('ap');
    expect(comparableName('Clarín')).toBe('clarin');
    expect(comparableName('Dagens Nyheter')).toBe('dagensnyheter');
  });
});
