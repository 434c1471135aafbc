import { comparableName, outletDomainsByName } from './outlet-names';
import type { OutletMatchers } from './portal-attribution';
import type { SourceIndex } from './source-index';
import { SourceIndexMatcher } from './source-index-match';

/**
 * An outlet index asked as the background asks its own (utils/background/source-index/
 * local-index.ts): by address, and by a credited outlet's name through the domain that name
 * belongs to. For code that holds one index outright (`parallax detect`, real-data suites).
 */
export function indexMatchers(index: SourceIndex): Required<OutletMatchers> {
  const matcher = new SourceIndexMatcher(index);
  const domains = outletDomainsByName(index);
  const byUrl = (url: string) => matcher.match(url);
  const byName = (name: string) => {
    const domain = domains.get(comparableName(name));
    return domain ? byUrl(`https://${domain}/`) : null;
  };
  return { byUrl, byName };
}
