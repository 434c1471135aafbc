import type { Source } from './source';
import { decodeIndexEntry, indexEntries, indexEntryCount, type SourceIndex } from './source-index';
import { SourceMatcher } from './source-match';

/**
 * Matches URLs against a compact source index (core/source-index.ts) with the one matcher
 * (core/source-match.ts), decoding a source only when it is matched, once.
 */
export class SourceIndexMatcher {
  private readonly matcher: SourceMatcher<{ id: string; domains: string[]; at: number }>;
  private readonly decoded = new Map<number, Source>();

  constructor(private readonly index: SourceIndex) {
    this.matcher = new SourceMatcher(indexEntries(index));
  }

  /** Outlets in the index: full sources and domain-only sites. */
  get sourceCount(): number {
    return indexEntryCount(this.index);
  }

  match(url: string): Source | null {
    const hit = this.matcher.match(url);
    if (!hit) return null;
    let source = this.decoded.get(hit.at);
    if (!source) {
      source = decodeIndexEntry(this.index, hit.at) ?? undefined;
      if (!source) return null;
      this.decoded.set(hit.at, source);
    }
    return source;
  }
}
