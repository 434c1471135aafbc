import { readFile } from 'node:fs/promises';
import { IDIAP_RATER } from '../../core/reliability-band';
import { siteRating } from '../../core/source-index';
import { outletDomain } from './outlet-domain';
import { type RatingReader, REJECT } from './rated-row';

export { IDIAP_RATER };
export const IDIAP_PAGE = 'https://github.com/idiap/News-Media-Reliability';

/** The repository publishes the scores under Apache-2.0 and asks users to cite the paper. */
const ATTRIBUTION =
  'Reliability scores by the Idiap Research Institute (Burdisso et al., "Reliability Estimation ' +
  'of News Media Sources: Birds of a Feather Flock Together", NAACL 2024), ' +
  'github.com/idiap/News-Media-Reliability, licensed Apache-2.0.';

/**
 * The idiap reliability-score JSON: { domain: { "p+fp-average": score, … } }. Only
 * p+fp-average is used (the paper's best strategy); `ground_truth` is the paper's evaluation
 * label, not a rating, and is ignored. Entries are numbered in file order for provenance.
 * The score is kept to two places (the index carries hundredths; the estimate is no finer)
 * and worded by its band (core/reliability-band.ts); the file gives no date.
 */
export const readIdiap: RatingReader = async function* (file, options) {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  let line = 0;
  for (const [key, value] of Object.entries(data)) {
    line += 1;
    const domain = outletDomain(key, 0);
    if (!domain.ok) {
      yield { ok: false, line, reason: domain.reason, subject: key };
      continue;
    }
    const raw = (value as Record<string, unknown> | null)?.['p+fp-average'];
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < -1 || raw > 1) {
      yield { ok: false, line, reason: REJECT.noScore, subject: key };
      continue;
    }
    const score = Math.round(raw * 100) / 100;
    const rating = siteRating(
      IDIAP_RATER,
      options.attribution ?? ATTRIBUTION,
      IDIAP_PAGE,
      options.ratedOn,
      score,
    );
    yield {
      ok: true,
      row: {
        line,
        name: null,
        domains: [domain.domain],
        domainProblem: null,
        rating: { ...rating, entry: key },
      },
    };
  }
};
