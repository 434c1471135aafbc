import { readFile } from 'node:fs/promises';
import { outletDomain } from './outlet-domain';
import { type RatingReader, REJECT } from './rated-row';

export const IDIAP_RATER = 'Idiap news-source reliability';
const IDIAP_PAGE = 'https://github.com/idiap/News-Media-Reliability';

const ATTRIBUTION =
  'Reliability scores by the Idiap Research Institute (Burdisso et al., "Reliability Estimation ' +
  'of News Media Sources: Birds of a Feather Flock Together", NAACL 2024), ' +
  'github.com/idiap/News-Media-Reliability. The licence is not stated in the imported file: ' +
  'check the repository before redistributing.';

/**
 * Bands for the score (−1 … 1, the paper's "p+fp-average" strategy) so a reader sees words,
 * with the number kept beside them. Symmetric around 0, where the paper's sign flips.
 */
export function idiapReliability(score: number): string {
  if (score >= 0.5) return 'Reliable';
  if (score >= 0) return 'Somewhat reliable';
  if (score > -0.5) return 'Somewhat unreliable';
  return 'Unreliable';
}

/**
 * The idiap reliability-score JSON: { domain: { "p+fp-average": score, … } }. Only
 * p+fp-average is used (the paper's best strategy); `ground_truth` is the paper's evaluation
 * label, not a rating, and is ignored. Entries are numbered in file order for provenance.
 */
export const readIdiap: RatingReader = async function* (file, options) {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  let line = 0;
  for (const [key, value] of Object.entries(data)) {
    line += 1;
    const domain = outletDomain(key, 0);
    if (!domain.ok) {
      yield { ok: false, line, reason: domain.reason };
      continue;
    }
    const score = (value as Record<string, unknown> | null)?.['p+fp-average'];
    if (typeof score !== 'number' || !Number.isFinite(score) || score < -1 || score > 1) {
      yield { ok: false, line, reason: REJECT.noScore };
      continue;
    }
    yield {
      ok: true,
      row: {
        line,
        name: null,
        domains: [domain.domain],
        domainProblem: null,
        rating: {
          rater: IDIAP_RATER,
          entry: key,
          label: score.toFixed(2),
          position: null,
          reliability: idiapReliability(score),
          score,
          ratedOn: options.ratedOn,
          url: IDIAP_PAGE,
          attribution: options.attribution ?? ATTRIBUTION,
        },
      },
    };
  }
};
