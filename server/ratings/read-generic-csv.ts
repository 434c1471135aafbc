import { BiasPosition } from '../../core/bias';
import { IsoDate } from '../../core/source';
import { outletDomain } from './outlet-domain';
import { type RatingReader, REJECT } from './rated-row';
import { readCsv } from './read-csv';

/** The scale's own names, accepted as labels when no position is given. */
const SCALE_NAMES: Record<string, BiasPosition> = {
  'far left': -3,
  left: -2,
  'lean left': -1,
  center: 0,
  centre: 0,
  'lean right': 1,
  right: 2,
  'far right': 3,
};

const REQUIRED = ['domain', 'rater', 'label', 'attribution'] as const;

/**
 * The documented generic format (docs/ratings-csv.md), for ratings an operator holds a licence
 * for: one rating per row, header row required, columns in any order.
 */
export const readGenericCsv: RatingReader = async function* (file, options) {
  for await (const { line, fields } of readCsv(file)) {
    const missing = REQUIRED.find((column) => !fields[column]);
    if (missing) {
      yield { ok: false, line, reason: REJECT.missingColumn(missing) };
      continue;
    }
    const label = fields.label as string;
    const domain = outletDomain(fields.domain as string, 3);
    const position = parsePosition(fields.position, label);
    if (position === undefined) {
      yield { ok: false, line, reason: REJECT.badValue('position') };
      continue;
    }
    const score = fields.score ? Number(fields.score) : null;
    if (score !== null && !Number.isFinite(score)) {
      yield { ok: false, line, reason: REJECT.badValue('score') };
      continue;
    }
    const ratedOn = fields.rated_on || options.ratedOn;
    if (ratedOn && !IsoDate.safeParse(ratedOn).success) {
      yield { ok: false, line, reason: REJECT.badValue('rated_on') };
      continue;
    }
    const url = fields.url || null;
    if (url && !/^https?:\/\/\S+$/.test(url)) {
      yield { ok: false, line, reason: REJECT.badValue('url') };
      continue;
    }
    yield {
      ok: true,
      row: {
        line,
        name: fields.name || null,
        domains: domain.ok ? [domain.domain] : [],
        domainProblem: domain.ok ? null : domain.reason,
        rating: {
          rater: fields.rater as string,
          entry: fields.name || null,
          label,
          position,
          reliability: fields.reliability || null,
          score,
          ratedOn: ratedOn ?? null,
          url,
          attribution: options.attribution ?? (fields.attribution as string),
        },
      },
    };
  }
};

/** The position column, or the label when it is a scale name; undefined when invalid. */
function parsePosition(text: string | undefined, label: string): BiasPosition | null | undefined {
  if (!text) return SCALE_NAMES[label.trim().toLowerCase()] ?? null;
  const parsed = BiasPosition.safeParse(Number(text));
  return parsed.success ? parsed.data : undefined;
}
