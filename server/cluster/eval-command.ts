import { writeFile } from 'node:fs/promises';
import { UserFacingError } from '../errors';
import {
  type EvaluationResult,
  evaluateClustering,
  type LabelledArticle,
  readLabelledArticles,
  shuffled,
  streamOrder,
} from './evaluate';
import { multiDayStream } from './multi-day';
import { spreadDaysStream } from './spread-days';

export interface EvalClustersOptions {
  out?: string;
  /** Shuffle the articles with this seed instead of `published`/file order. */
  shuffle?: number;
  /**
   * Spread each story's articles over several days, interleaved with other stories of its topic
   * (multi-day.ts), with this seed: the stream a story that lives for days makes.
   */
  multiDay?: number;
  /**
   * Move each article to a random moment within this many days after its story's date (seed
   * 11, spread-days.ts), no story moved towards another: the shape of coverage that trails by days.
   */
  spreadDays?: number;
}

/** `parallax eval clusters FILE.jsonl`: cluster ignoring `story`, then score against it. */
export async function evalClustersCommand(
  file: string,
  options: EvalClustersOptions = {},
): Promise<EvaluationResult> {
  const { articles, skipped } = await readLabelledArticles(file);
  if (articles.length === 0) {
    throw new UserFacingError(
      `No article with a "story" in ${file}: evaluation needs the true story of each article.`,
    );
  }
  const { ordered, order } = chosenStream(file, articles, options);
  const tty = process.stderr.isTTY === true;
  const result = evaluateClustering(
    ordered,
    {},
    tty
      ? (done) => process.stderr.write(`\r  ${done} / ${ordered.length} articles clustered…`)
      : undefined,
  );
  if (tty) process.stderr.write('\r\x1b[K');
  console.log(formatEvaluation(file, result, order, skipped));
  if (options.out) {
    await writeFile(
      options.out,
      `${JSON.stringify(Object.fromEntries(result.predicted), null, 1)}\n`,
    );
    console.log(`Wrote ${result.predicted.size} assignments to ${options.out}`);
  }
  return result;
}

/**
 * The stream the options ask for (--multi-day, else --spread-days, else --shuffle, else the
 * file's order) and how the summary names it.
 */
function chosenStream(
  file: string,
  articles: LabelledArticle[],
  options: EvalClustersOptions,
): { ordered: LabelledArticle[]; order: string } {
  const spreading =
    options.multiDay !== undefined
      ? '--multi-day'
      : options.spreadDays !== undefined
        ? '--spread-days'
        : null;
  if (spreading && !articles.every((a) => a.publishedAt !== null)) {
    throw new UserFacingError(
      `${spreading} needs a date on every article of ${file}: it spreads each story over days from its date.`,
    );
  }
  if (options.spreadDays !== undefined && !(options.spreadDays >= 0)) {
    throw new UserFacingError(
      `--spread-days takes a number of days (0 or more), not ${options.spreadDays}.`,
    );
  }
  if (options.multiDay !== undefined) {
    return {
      ordered: multiDayStream(articles, { seed: options.multiDay }),
      order: `a multi-day stream (seed ${options.multiDay}: later articles trail by 0–4 days, stories of a topic interleaved)`,
    };
  }
  if (options.spreadDays !== undefined) {
    return {
      ordered: spreadDaysStream(articles, options.spreadDays),
      order: `time order with each article moved within ${options.spreadDays} days after its story's date (seed 11)`,
    };
  }
  if (options.shuffle !== undefined) {
    return {
      ordered: shuffled(articles, options.shuffle),
      order: `shuffled (seed ${options.shuffle})`,
    };
  }
  return { ordered: streamOrder(articles), order: fileOrderLabel(articles) };
}

const f3 = (x: number) => x.toFixed(3);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The order a file is clustered in without --shuffle/--multi-day/--spread-days, as the summary
 * names it.
 */
export function fileOrderLabel(articles: readonly { publishedAt: number | null }[]): string {
  const undated = articles.filter((a) => a.publishedAt === null).length;
  if (undated === 0) return 'published order';
  // Published order needs every date: one missing, and the file's own order is used.
  return undated === articles.length
    ? 'file order (no dates)'
    : `file order (${plural(undated, 'article')} of ${articles.length} without a date)`;
}

export function formatEvaluation(
  file: string,
  result: EvaluationResult,
  order: string,
  skipped = 0,
): string {
  const m = result.metrics;
  const lines = [
    `Clustered ${plural(m.items, 'article')} of ${file} in ${order}${skipped ? ` (${plural(skipped, 'line')} skipped: no story or unreadable)` : ''}`,
    `  B-cubed   precision ${f3(m.bcubed.precision)}  recall ${f3(m.bcubed.recall)}  F1 ${f3(m.bcubed.f1)}`,
    `  pairwise  precision ${f3(m.pairs.precision)}  recall ${f3(m.pairs.recall)}  F1 ${f3(m.pairs.f1)}`,
    `  stories   ${m.predictedClusters} found, ${m.trueClusters} true`,
    `  speed     ${Math.round(result.articlesPerSecond)} articles/s (${Math.round(result.millis)} ms, one thread)`,
  ];
  return lines.join('\n');
}
