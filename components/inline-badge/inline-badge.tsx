import { useEffect, useRef, useState } from 'preact/hooks';
import { articleKindLabel } from '../../core/article-kind';
import { biasName } from '../../core/bias';
import { sharePercent } from '../../core/coverage';
import type { TabState } from '../../core/messages';
import type { ReliabilityBand } from '../../core/reliability-band';
import { reliabilityReadings } from '../../core/reliability-reading';
import { displayName, SourceCard } from '../shared/source-card';
import { OverviewDisclosure, StoryCard } from '../shared/story-card';

export interface InlineBadgeProps {
  state: TabState;
  /** The site as the reader knows it, e.g. "reuters.com", for "Turn off on …". */
  site: string;
  onOpenStory: (storyId: string) => void;
  onDismiss: () => void;
  onTurnOffForSite: () => void;
}

/** The backend did not answer: the chip must not claim there is no story. */
function isBackendDown(state: TabState): boolean {
  return state.phase === 'backend-unreachable' || state.phase === 'backend-error';
}

/** The parts of the chip a screen reader hears but the chip does not show. */
/**
 * The bands in the chip's few characters: "High reliability" left the outlet's name two
 * letters. The panel and popup say the band in full (RELIABILITY_BAND_WORDS).
 */
const CHIP_BAND_WORDS: Readonly<Record<ReliabilityBand, string>> = {
  high: 'Reliable',
  mixed: 'Mixed reliability',
  low: 'Unreliable',
};

/**
 * What the chip says of the outlet: its bias, else (an outlet only a reliability rater covers)
 * its first reliability band, so that a rated outlet never reads "Not rated".
 */
export function chipRating(state: TabState): { text: string; band: string | null } {
  const source = state.source;
  if (source?.position !== null && source?.position !== undefined) {
    return { text: biasName(source.position), band: null };
  }
  const reading = source ? reliabilityReadings(source)[0] : undefined;
  if (!reading) return { text: 'Not rated', band: null };
  return {
    text: reading.band ? CHIP_BAND_WORDS[reading.band] : `Reliability: ${reading.verdict}`,
    band: reading.band,
  };
}

function ChipText({ state }: { state: TabState }) {
  const source = state.source;
  const story = state.story;
  const hidden = (text: string) => <span class="visually-hidden">{text}</span>;
  const name = source ? displayName(source, state.siteName) : 'This outlet';
  const kindLabel = articleKindLabel(state.detected?.type);
  return (
    <>
      {hidden('Parallax: ')}
      {/* The chip's ~12 characters for the outlet hold its name, not "via MSN" too: the portal
          is heard here and shown in the panel and on hover. */}
      <span
        class="badge__outlet"
        data-testid="badge-outlet"
        title={state.via ? `${name} via ${state.via.name}` : undefined}
      >
        {name}
        {state.via && hidden(` via ${state.via.name}`)}
      </span>
      {/* A column is not the outlet's reporting. Heard here, shown beside the outlet in the
          panel: in the chip's 280 px the tag cut "The Hill" to "Th…" (the outlet wins). */}
      {kindLabel && hidden(`, ${kindLabel}`)}
      {hidden(' is ')}
      <span class="badge__rating" data-testid="badge-rating">
        {chipRating(state).text}
      </span>
      {story ? (
        <span class="badge__count">
          {hidden('. ')}
          {story.coverage.totalOutlets} {story.coverage.totalOutlets === 1 ? 'outlet' : 'outlets'}
          {hidden(
            ` cover this story: ${story.coverage.threeWay.left} left, ` +
              `${story.coverage.threeWay.center} center, ${story.coverage.threeWay.right} right.`,
          )}
        </span>
      ) : (
        hidden(
          state.phase === 'loading'
            ? '. Looking for other coverage.'
            : isBackendDown(state)
              ? '. Other coverage is unavailable: the backend did not answer.'
              : '. No other coverage found yet.',
        )
      )}
    </>
  );
}

/**
 * The mini left/center/right bar: the story's split at a glance. Drawn empty while there is no
 * split yet, so that the chip keeps one width from loading to ready (no layout shift).
 */
function MiniBar({ state }: { state: TabState }) {
  const coverage = state.story?.coverage;
  return (
    <span class="badge__mini" aria-hidden="true">
      {(coverage ? (['left', 'center', 'right'] as const) : []).map((side) => (
        <span
          key={side}
          class={`coverage__segment--${side}`}
          style={{ width: `${coverage ? sharePercent(coverage, side) : 0}%` }}
        />
      ))}
    </span>
  );
}

/**
 * The badge on an article page: a chip (bias, outlet count, mini bar) that opens a panel with
 * the source and story cards. Escape closes the panel and returns focus to the chip.
 */
export function InlineBadge(props: InlineBadgeProps) {
  const { state } = props;
  const [open, setOpen] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    chip.current?.focus();
  };
  const source = state.source;
  const story = state.story;
  const position = source?.position ?? null;
  const band = chipRating(state).band;

  return (
    <div class="badge" data-testid="inline-badge" data-phase={state.phase}>
      {open && source && (
        <section
          ref={panel}
          id="parallax-panel"
          class="badge__panel"
          aria-label="Parallax: source and coverage"
          tabIndex={-1}
          data-testid="badge-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          {/* The cards scroll inside the panel; the actions below always stay in view. */}
          <div class="badge__body" data-testid="badge-body">
            {story ? (
              // The story and its coverage first: the chip already says the outlet and its bias.
              <>
                <StoryCard story={story} compact />
                <SourceCard
                  source={source}
                  via={state.via}
                  siteName={state.siteName}
                  kind={state.detected?.type}
                />
                <OverviewDisclosure story={story} />
              </>
            ) : (
              <>
                <SourceCard
                  source={source}
                  via={state.via}
                  siteName={state.siteName}
                  kind={state.detected?.type}
                />
                <p class="empty">
                  {state.phase === 'loading'
                    ? 'Looking for other outlets’ coverage…'
                    : (state.message ?? 'No other outlets’ coverage found for this article yet.')}
                </p>
              </>
            )}
          </div>
          {/* The main action and Close on one line: the panel keeps its height for the cards. */}
          <div class="badge__main">
            {story && (
              <button
                type="button"
                class="button button--primary badge__open"
                data-testid="open-story"
                onClick={() => props.onOpenStory(story.id)}
              >
                Open full story
              </button>
            )}
            <button type="button" class="button button--small badge__close" onClick={close}>
              Close
            </button>
          </div>
          <div class="badge__actions">
            <button type="button" class="button button--small" onClick={props.onDismiss}>
              Hide on this page
            </button>
            <button
              type="button"
              class="button button--small"
              data-testid="badge-turn-off"
              onClick={props.onTurnOffForSite}
            >
              Turn off on {props.site}
            </button>
          </div>
        </section>
      )}
      <button
        ref={chip}
        type="button"
        class="badge__chip"
        aria-expanded={open}
        aria-controls="parallax-panel"
        data-testid="badge-chip"
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span
          class="chip__dot"
          aria-hidden="true"
          style={{
            background:
              position !== null
                ? `var(--bias-${position + 3})`
                : band
                  ? `var(--reliability-${band})`
                  : 'var(--side-unrated)',
          }}
        />
        <ChipText state={state} />
        {!story && (
          <span class="badge__count" aria-hidden="true">
            {state.phase === 'loading' ? '…' : isBackendDown(state) ? 'offline' : 'no story'}
          </span>
        )}
        <MiniBar state={state} />
      </button>
    </div>
  );
}
