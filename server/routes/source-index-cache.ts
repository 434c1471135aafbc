import { createHash } from 'node:crypto';
import { bundledPortals } from '../../core/bundled-catalog';
import { withPortalFlags } from '../../core/catalog';
import { buildSourceIndex, sourcesForIndex } from '../../core/source-index';
import type { SourcesPart } from '../store/sources-part';

export interface SourceIndexBody {
  body: string;
  etag: string;
}

/**
 * The serialised source index and its ETag (a hash of the body), rebuilt at most every `ttlMs`:
 * building reads every source, and importers write from another process, so a short expiry
 * is the simple way to see their changes.
 */
export function sourceIndexCache(sources: Pick<SourcesPart, 'list'>, ttlMs = 60_000) {
  let cached: { value: Promise<SourceIndexBody>; at: number } | null = null;
  return {
    get(now = Date.now()): Promise<SourceIndexBody> {
      if (!cached || now - cached.at > ttlMs) {
        const value = build(sources);
        cached = { value, at: now };
        // A failed build is not kept: the next request tries again.
        value.catch(() => {
          if (cached?.value === value) cached = null;
        });
      }
      return cached.value;
    },
  };
}

/**
 * The same format the extension bundles (core/source-index.ts), built from the database: an
 * outlet only idiap scores becomes a domain-only site, named by its domain, exactly as in the
 * bundled index built from the same files. The store keeps no portal flag: it comes from the
 * catalog's list of portals.
 */
async function build(sources: Pick<SourcesPart, 'list'>): Promise<SourceIndexBody> {
  const stored = withPortalFlags(sourcesForIndex(await sources.list()), bundledPortals);
  const body = JSON.stringify(buildSourceIndex(stored));
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** If-None-Match as sent by browsers: a list, possibly weak (W/"…"), or *. */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
