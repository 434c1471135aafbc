import { PARALLAX_VERSION } from '../version';
import { type FetchLimits, type FetchResult, guardedGet, type Validators } from './guarded-get';

export {
  type FetchLimits,
  type FetchResult,
  parseRetryAfter,
  type Validators,
} from './guarded-get';

/** Where people who see Parallax in their logs can read what it is. */
// Names Parallax and what it does; no project URL until the project has a published home.
export const USER_AGENT = `Parallax/${PARALLAX_VERSION} (open-source news coverage comparison; feed reader)`;

/** Content types a feed is served with; anything else (an HTML page, an image) is refused. */
export const FEED_CONTENT_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'text/plain',
  'application/octet-stream',
];

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  contentTypes: FEED_CONTENT_TYPES,
  contentLabel: 'a feed',
  accept:
    'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
  allowHosts: new Set(),
  userAgent: USER_AGENT,
};

/** GETs a feed within the feed limits (guarded-get.ts); never throws. */
export function fetchFeed(
  url: string,
  validators: Validators = {},
  limits: Partial<FetchLimits> = {},
  now: () => number = Date.now,
): Promise<FetchResult> {
  return guardedGet(url, validators, { ...DEFAULT_FETCH_LIMITS, ...limits }, now);
}
