import {
  countIndexOutlets,
  type DataSourcesReport,
  summarizeRaters,
} from '../../core/data-sources-report';
import { getBackendUrl } from '../shared/settings';
import { sourceIndexInUse } from './source-index/index-in-use';

/** Options → "Data sources": who rated the outlets in the index in use, and the backend. */
export async function dataSourcesReport(): Promise<DataSourcesReport> {
  const { index, origin, checkedAt } = await sourceIndexInUse();
  return {
    index: { origin, checkedAt, ...countIndexOutlets(index) },
    raters: summarizeRaters(index),
    backendUrl: await getBackendUrl(),
  };
}
