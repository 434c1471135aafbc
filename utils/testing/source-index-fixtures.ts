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
