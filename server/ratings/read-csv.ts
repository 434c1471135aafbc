import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted field may span several lines). */
  line: number;
  fields: Record<string, string>;
}

/**
 * Streams a CSV file with a header row as records keyed by column name. A record with the
 * wrong number of fields throws with its line: the file is broken, and going on would
 * misread every following row.
 */
export async function* readCsv(file: string): AsyncIterable<CsvRecord> {
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, info: true, raw: true, skip_empty_lines: true, trim: true }),
  );
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
    raw: string;
  }>) {
    // `lines` is the record's last line; a quoted field may span several lines before it.
    const inner = raw.replace(/^[\r\n]+|[\r\n]+$/g, '');
    yield { line: info.lines - (inner.match(/\n/g)?.length ?? 0), fields: record };
  }
}
