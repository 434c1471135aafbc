import { WIRES, type Wire } from '../../core/wire';
import { AGENCY_LIST } from './agencies';

/** What an article says about where its text comes from. */
export interface MarkerInput {
  url: string | null;
  sourceId: string | null;
  /** The outlet's name as the feed or data set gave it. */
  outlet: string | null;
  text: string | null;
  /** Author/credit fields of a feed item (author, dc:creator, Atom/JSON Feed authors). */
  byline?: string | null;
}

/** Which explicit sign named the wire, strongest first. */
export type WireMarker = 'domain' | 'outlet' | 'byline' | 'dateline' | 'credit';

export interface WireEvidence {
  wire: Wire;
  marker: WireMarker;
}

/** How far into the text a dateline may start (a feed may repeat the headline before it). */
const DATELINE_WITHIN = 300;
/** How far from the end of the text a closing credit may start. */
const CREDIT_WITHIN = 400;

const byDatelineCode = new Map(AGENCY_LIST.map((a) => [a.datelineCode, a.wire]));
const codes = AGENCY_LIST.map((a) => a.datelineCode).join('|');
/** "WASHINGTON (AP) —", "LONDON, Oct 18 (Reuters) -" (or "―"), "Paris (AFP) –", "Berlin (dpa):". */
const DATELINE = new RegExp(`\\((${codes})\\)\\s*[-‒–—―:]`);
/** The same with the dash dropped, only after an upper-case place: "WASHINGTON (AP) The …". */
const DATELINE_NO_DASH = new RegExp(`\\b[A-Z]{3,}[A-Z.,' ]*\\s\\((${codes})\\)\\s+[A-Z]`);

/** A wire's name standing alone as a word: "AP" but not "AP-NORC" or "CAP". */
function nameWord(source: string, anchored = false): RegExp {
  return new RegExp(`${anchored ? '^' : '(?<![\\w-])'}(?:${source})(?![\\w-])`);
}

const NAMES = AGENCY_LIST.map((a) => ({
  wire: a.wire,
  anywhere: nameWord(a.names),
  atStart: nameWord(a.names, true),
}));
/** Every wire's names, one capturing group per wire (in AGENCY_LIST order). */
const ANY_NAME = AGENCY_LIST.map((a) => `(${a.names})`).join('|');
/** "… — Reuters" or "- The Associated Press" closing the text. */
const CLOSING = new RegExp(`[-‒–—―]\\s*(?:${ANY_NAME})\\s*\\)?\\.?\\s*$`);
/** "Copyright 2021 The Associated Press." */
const COPYRIGHT = new RegExp(`(?:Copyright|©)\\s*(?:\\d{4}\\s*)?(?:${ANY_NAME})(?![\\w-])`);

/** The wire whose name group matched in a CLOSING or COPYRIGHT match. */
function wireOfNameMatch(match: RegExpExecArray | null) {
  if (!match) return undefined;
  return AGENCY_LIST[match.slice(1).findIndex((group) => group !== undefined)]?.wire;
}
/** Reuters closes its copy with "(Reporting by …; Editing by …)". */
const REUTERS_SIGN_OFF = /Reporting by [^;()]{2,120};\s*[Ee]diting by /;

/**
 * The wire an article explicitly says its text comes from, and the sign that says so; null when
 * none. Only signs that credit the text count: the wire's own site or outlet, a byline naming the
 * wire, a dateline "(AP) —" near the start, or a closing credit. A wire merely mentioned ("the
 * Associated Press reported", "told Reuters", "The Associated Press contributed to this report",
 * "AP-NORC poll", a photo credit) is not: such an article is the outlet's own, about or citing
 * the wire.
 */
export function wireFromMarkers(input: MarkerInput): WireEvidence | null {
  const domainWire = wireOfHost(input.url);
  if (domainWire) return { wire: domainWire, marker: 'domain' };
  const outlet = input.outlet?.trim() ?? '';
  for (const agency of AGENCY_LIST) {
    const own = WIRES[agency.wire].sourceId;
    if (own !== null && input.sourceId === own) return { wire: agency.wire, marker: 'outlet' };
  }
  if (outlet) {
    const named = NAMES.find((n) => n.atStart.test(outlet));
    if (named) return { wire: named.wire, marker: 'outlet' };
  }
  const byline = input.byline?.trim();
  if (byline) {
    const named = NAMES.find((n) => n.anywhere.test(byline));
    if (named) return { wire: named.wire, marker: 'byline' };
  }
  const text = input.text ?? '';
  const head = text.slice(0, DATELINE_WITHIN);
  const code = DATELINE.exec(head)?.[1] ?? DATELINE_NO_DASH.exec(head)?.[1];
  const datelineWire = code ? byDatelineCode.get(code) : undefined;
  if (datelineWire) return { wire: datelineWire, marker: 'dateline' };
  const tail = text.slice(-CREDIT_WITHIN);
  const credited = wireOfNameMatch(CLOSING.exec(tail)) ?? wireOfNameMatch(COPYRIGHT.exec(tail));
  if (credited) return { wire: credited, marker: 'credit' };
  if (REUTERS_SIGN_OFF.test(tail)) return { wire: 'reuters', marker: 'credit' };
  return null;
}

const byDomain = AGENCY_LIST.flatMap((a) => a.domains.map((d) => [d, a.wire] as const));

/** The host of an absolute http(s) URL; a regular expression is far cheaper than `new URL`. */
const HOST = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i;

/** The wire whose own site serves `url` (any subdomain), or null. */
export function wireOfHost(url: string | null): Wire | null {
  const host = url ? HOST.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return null;
  for (const [domain, wire] of byDomain) {
    if (host === domain || host.endsWith(`.${domain}`)) return wire;
  }
  return null;
}
