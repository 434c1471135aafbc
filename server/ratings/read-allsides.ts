import type { BiasPosition } from '../../core/bias';
import { outletDomain } from './outlet-domain';
import { type RatingReader, REJECT } from './rated-row';
import { readCsv } from './read-csv';

export const ALLSIDES_RATER = 'AllSides';

/** AllSides' published labels on the 7-point scale; "Mixed" is a label with no position. */
const POSITIONS: Record<string, BiasPosition | null> = {
  Left: -2,
  'Lean Left': -1,
  Center: 0,
  'Lean Right': 1,
  Right: 2,
  Mixed: null,
};

const attributionFor = (ratedOn: string | null) =>
  `Ratings by AllSides.com, licensed CC BY-NC 4.0${ratedOn ? ` (snapshot of ${ratedOn})` : ''}.`;

/**
 * The AllSides ratings CSV (news_source, news_link, bias_rating, community_feedback). Entries
 * are outlets and people alike: a row is an outlet when its link is an outlet's site or section,
 * or when its name is the AllSides entry of a catalog outlet.
 */
export const readAllSides: RatingReader = async function* (file, options) {
  for await (const { line, fields } of readCsv(file)) {
    const name = fields.news_source ?? '';
    const label = fields.bias_rating ?? '';
    if (!name) {
      yield { ok: false, line, reason: REJECT.missingColumn('news_source') };
      continue;
    }
    if (!(label in POSITIONS)) {
      yield { ok: false, line, reason: REJECT.unknownLabel(label) };
      continue;
    }
    const link = fields.news_link ?? '';
    const domain = link ? outletDomain(link) : null;
    yield {
      ok: true,
      row: {
        line,
        name,
        domains: domain?.ok ? [domain.domain] : [],
        domainProblem: domain && !domain.ok ? domain.reason : null,
        rating: {
          rater: ALLSIDES_RATER,
          entry: name,
          label,
          position: POSITIONS[label] ?? null,
          reliability: null,
          ratedOn: options.ratedOn,
          url: null,
          attribution: options.attribution ?? attributionFor(options.ratedOn),
        },
      },
    };
  }
};
