/**
 * Placeholder shaped like the story card while the backend is asked; `label` is what a screen
 * reader hears meanwhile (the popup looks for coverage, the story page fetches one story).
 */
export function LoadingSkeleton({
  label = 'Looking for other outlets’ coverage…',
}: {
  label?: string;
} = {}) {
  return (
    <section class="card skeleton" data-testid="loading" aria-busy="true" aria-live="polite">
      <span class="visually-hidden">{label}</span>
      <span class="skeleton__line skeleton__line--short" />
      <span class="skeleton__line" />
      <span class="skeleton__bar" />
      <span class="skeleton__line skeleton__line--mid" />
    </section>
  );
}
