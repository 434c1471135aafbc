import type { Rating } from '../../core/source';
import { buildSourceIndex, type SourceIndex } from '../../core/source-index';
import { db } from '../db';

/** A source index as a backend sends it: one outlet the bundled catalog lacks, example-news.com. */
export function oneOutletIndex(rating: Rating): SourceIndex {
  return buildSourceIndex([
    {
      id: 'example-news',
      name: 'Example News',
      domains: ['example-news.com'],
      country: null,
      language: null,
      owner: null,
      feeds: [],
      ratings: [rating],
      position: rating.position,
      ratersDisagree: false,
    },
  ]);
}

/** Stores an index this version cannot read (an older format, a damaged write). */
export async function storeUnreadableIndex(): Promise<void> {
  await db.sourceIndex.put({
    key: 'current',
    etag: '"x"',
    index: { junk: 1 },
    checkedAt: 1,
  } as never);
}

/** A backend's answer to GET /v1/sources/index: `body` as JSON (none for a 304) and an ETag. */
export function indexResponse(status: number, body?: unknown, etag = '"v1"'): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { etag },
  });
}
