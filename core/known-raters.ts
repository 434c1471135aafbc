/**
 * Raters Parallax has an importer for (server/ratings/read-*.ts), with the page where each
 * publishes its ratings: the index carries a rater's name and attribution but no home page.
 * Names must equal the importers' rater names (core/known-raters.test.ts checks).
 */
export const KNOWN_RATER_PAGES: Readonly<Record<string, string>> = {
  AllSides: 'https://www.allsides.com/media-bias/ratings',
  'Wikipedia perennial sources':
    'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
  'Idiap news-source reliability': 'https://github.com/idiap/News-Media-Reliability',
};

/**
 * The licence an attribution names, as written ("CC BY-NC 4.0", "CC0 1.0", "ODbL 1.0"); null
 * when it names none. Raters publish their licence inside the attribution text that must
 * accompany their ratings, so that text is the one place it is read from.
 */
export function licenceIn(attribution: string): string | null {
  const found = attribution.match(
    /\b(CC0(?: \d\.\d)?|CC[ -]BY(?:-(?:NC|SA|ND)){0,2}(?: \d\.\d)?|ODbL(?: \d\.\d)?|ODC-By(?: \d\.\d)?|Apache-2\.0|public domain)\b/i,
  );
  return found?.[1] ?? null;
}

/** The deed of a licence `licenceIn` read ("CC BY-NC 4.0", "Apache-2.0"); null otherwise. */
export function licenceUrl(licence: string): string | null {
  if (/^Apache-2\.0$/i.test(licence)) return 'https://www.apache.org/licenses/LICENSE-2.0';
  const zero = licence.match(/^CC0 (\d\.\d)$/i);
  if (zero) return `https://creativecommons.org/publicdomain/zero/${zero[1]}/`;
  const cc = licence.match(/^CC[ -](BY(?:-(?:NC|SA|ND)){0,2}) (\d\.\d)$/i);
  if (cc) return `https://creativecommons.org/licenses/${cc[1]?.toLowerCase()}/${cc[2]}/`;
  return null;
}
