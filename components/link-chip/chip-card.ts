import { biasName } from '../../core/bias';
import type { ChipSource, ChipStoryAnswer } from '../../core/link-chips/chip-messages';
import { CARD_CSS } from './chip-card-style';

export const CARD_ATTRIBUTE = 'data-parallax-chip-card';

export interface CardRequest {
  chip: HTMLElement;
  source: ChipSource;
  /** The article the link goes to; null when only its outlet is known (t.co by shown host). */
  articleUrl: string | null;
  theme: 'light' | 'dark';
  /** Asked only now, as the reader opened the card: the private story lookup. */
  askStory: (url: string) => Promise<ChipStoryAnswer>;
  openStory: (storyId: string) => void;
}

/**
 * The small card a chip opens: the source card (leaning, raters, reliability) and, for a known
 * article, its story's coverage. One card per page, positioned under its chip, out of the page's
 * flow; Escape, the close button or a click elsewhere closes it and gives focus back.
 */
export function openChipCard(doc: Document, request: CardRequest): () => void {
  for (const old of doc.querySelectorAll(`[${CARD_ATTRIBUTE}]`)) old.remove();
  const host = doc.createElement('div');
  host.setAttribute(CARD_ATTRIBUTE, '');
  host.setAttribute('data-theme', request.theme);
  const rect = request.chip.getBoundingClientRect();
  const view = doc.defaultView;
  const left =
    Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 1024) - 296)) + (view?.scrollX ?? 0);
  const top = rect.bottom + 4 + (view?.scrollY ?? 0);
  host.setAttribute(
    'style',
    `all: initial !important; position: absolute !important; z-index: 2147483646 !important; left: ${left}px !important; top: ${top}px !important;`,
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${request.source.name}: Parallax source card`);
  card.append(...sourceSection(doc, request.source));
  const story = doc.createElement('div');
  story.setAttribute('aria-live', 'polite');
  card.append(story);
  root.append(style, card);
  doc.body.append(host);

  const close = () => {
    host.remove();
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('click', onOutside, true);
    request.chip.shadowRoot?.querySelector('button')?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const onOutside = (event: MouseEvent) => {
    if (!event.composedPath().includes(host) && !event.composedPath().includes(request.chip))
      close();
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('click', onOutside, true);
  root.querySelector<HTMLButtonElement>('.close')?.addEventListener('click', close);
  root.querySelector<HTMLButtonElement>('.close')?.focus();

  if (request.articleUrl === null) {
    story.append(
      paragraph(
        doc,
        'The site does not say which article this link is, only its outlet: no story to show.',
        'muted',
      ),
    );
  } else {
    story.append(paragraph(doc, 'Looking up the story privately…', 'muted'));
    request.askStory(request.articleUrl).then(
      (answer) => story.replaceChildren(...storySection(doc, answer, request.openStory)),
      (error: unknown) =>
        story.replaceChildren(
          paragraph(
            doc,
            `Could not look up the story: ${error instanceof Error ? error.message : String(error)}`,
            'muted',
          ),
        ),
    );
  }
  return close;
}

function sourceSection(doc: Document, source: ChipSource): Node[] {
  const head = doc.createElement('div');
  head.className = 'head';
  const name = doc.createElement('h2');
  name.textContent = source.name;
  const close = doc.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Close');
  head.append(name, close);
  const leaning =
    source.position === null
      ? 'No rater places this outlet on the bias scale.'
      : `${biasName(source.position)}${source.raters.length ? `, rated by ${source.raters.join(', ')}` : ''}${source.ratersDisagree ? ' (raters disagree)' : ''}.`;
  const nodes: Node[] = [head, paragraph(doc, leaning)];
  if (source.reliability) {
    nodes.push(
      paragraph(doc, `Reliability: ${source.reliability.label} (${source.reliability.rater}).`),
    );
  }
  return nodes;
}

function storySection(
  doc: Document,
  answer: ChipStoryAnswer,
  openStory: (id: string) => void,
): Node[] {
  if (!answer.found) return [paragraph(doc, answer.message, 'muted')];
  const { left, center, right } = answer.coverage.threeWay;
  const total = left + center + right;
  const title = paragraph(doc, answer.title);
  const counts = paragraph(
    doc,
    `${answer.coverage.totalOutlets} outlets: ${left} left, ${center} center, ${right} right.`,
    'muted',
  );
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('aria-hidden', 'true');
  for (const [side, count] of [
    ['left', left],
    ['center', center],
    ['right', right],
  ] as const) {
    const segment = doc.createElement('span');
    segment.className = side;
    segment.style.width = `${total === 0 ? 0 : (100 * count) / total}%`;
    bar.append(segment);
  }
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = 'Open full story';
  open.addEventListener('click', () => openStory(answer.storyId));
  return [title, counts, bar, open];
}

function paragraph(doc: Document, text: string, className?: string): HTMLParagraphElement {
  const p = doc.createElement('p');
  p.textContent = text;
  if (className) p.className = className;
  return p;
}
