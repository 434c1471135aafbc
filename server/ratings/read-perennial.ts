import { getDomain } from 'tldts';
import { parseWebUrl } from '../../core/web-url';
import { nonOutletKind } from './non-outlet';
import { NON_OUTLET_REASON, outletHost, SOCIAL_OR_REFERENCE } from './outlet-domain';
import { type RatingReader, REJECT } from './rated-row';
import { readCsv } from './read-csv';

export const PERENNIAL_RATER = 'Wikipedia perennial sources';
const PERENNIAL_PAGE = 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources';

/** The statuses the list publishes; anything else in the status column is not a verdict. */
const STATUSES = new Set([
  'Generally reliable',
  'Generally unreliable',
  'No consensus',
  'Deprecated',
  'Blacklisted',
]);

const attributionFor = (ratedOn: string | null) =>
  `Wikipedia:Reliable sources/Perennial sources${ratedOn ? ` (snapshot of ${ratedOn})` : ''}, ` +
  'by Wikipedia contributors, licensed CC BY-SA 4.0.';

/**
 * The Wikipedia perennial-sources CSV (id, name, status, …, urls). The status is a reliability
 * verdict, kept as published (several joined by " / "); it places nothing on the bias scale.
 * Links are reduced to their host: the list rates publications, and its links are home pages,
 * a language section (afp.com/en) or references (Wikidata, stock tickers), which are skipped.
 */
export const readPerennial: RatingReader = async function* (file, options) {
  for await (const { line, fields } of readCsv(file)) {
    const name = fields.name ?? '';
    const statuses = parseJsonList(fields.status);
    const unknown = statuses?.find((status) => !STATUSES.has(status));
    if (!statuses || statuses.length === 0 || unknown !== undefined) {
      yield { ok: false, line, reason: REJECT.unknownLabel(unknown ?? fields.status ?? '') };
      continue;
    }
    const { domains, problem } = perennialDomains(parseJsonList(fields.urls) ?? []);
    const label = statuses.join(' / ');
    yield {
      ok: true,
      row: {
        line,
        name: name || null,
        domains,
        domainProblem: domains.length === 0 ? problem : null,
        rating: {
          rater: PERENNIAL_RATER,
          entry: name || null,
          label,
          position: null,
          reliability: label,
          ratedOn: options.ratedOn,
          url: PERENNIAL_PAGE,
          attribution: options.attribution ?? attributionFor(options.ratedOn),
        },
      },
    };
  }
};

function parseJsonList(text: string | undefined): string[] | null {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
  }
}

/**
 * The hosts of a row's links. Home pages and one-segment links (afp.com/en, a masthead page)
 * name the outlet; deeper links are references (nasdaq.com/symbol/amzn for Amazon) and are used
 * only when the row has nothing better (metro.co.uk/tag/metro-newspaper).
 */
function perennialDomains(links: readonly string[]): { domains: string[]; problem: string } {
  const primary: string[] = [];
  const fallback: string[] = [];
  let problem: string = REJECT.noDomain;
  for (const link of links) {
    const url = parseWebUrl(link);
    const host = url ? outletHost(url.hostname) : '';
    if (!url || !getDomain(host, { allowPrivateDomains: true })) {
      problem = REJECT.badDomain;
      continue;
    }
    if (SOCIAL_OR_REFERENCE.test(host)) {
      problem = REJECT.social;
      continue;
    }
    const kind = nonOutletKind(host);
    if (kind) {
      problem = NON_OUTLET_REASON[kind];
      continue;
    }
    const depth = url.pathname.split('/').filter(Boolean).length;
    const list = depth <= 1 ? primary : fallback;
    if (!list.includes(host)) list.push(host);
  }
  const domains = primary.length > 0 ? primary : fallback;
  return { domains, problem };
}
