import type { StoryArticle } from '../../core/article';
import { ArticleKindLabel } from '../shared/article-kind-label';
import { BiasChip } from '../shared/bias-chip';
import { longDate } from '../shared/time-ago';

/** When each outlet published, oldest first: how the story spread. */
export function StoryTimeline({ articles }: { articles: readonly StoryArticle[] }) {
  const dated = articles
    .filter((article): article is StoryArticle & { publishedAt: string } =>
      Boolean(article.publishedAt),
    )
    .sort((a, b) => Date.parse(a.publishedAt) - Date.parse(b.publishedAt));
  return (
    <section class="card" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title" class="section-title">
        Timeline of coverage
      </h2>
      {dated.length === 0 ? (
        <p class="empty">No article in this story says when it was published.</p>
      ) : (
        <ol class="timeline">
          {dated.map((article) => (
            <li key={article.id} class="timeline__item">
              <time dateTime={article.publishedAt} class="timeline__time">
                {longDate(article.publishedAt)}
              </time>
              <span class="timeline__what">
                <strong>{article.source?.name ?? article.outlet ?? 'Unknown outlet'}</strong>{' '}
                <ArticleKindLabel kind={article.kind} />{' '}
                <BiasChip position={article.source?.position ?? null} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
