/** Placeholder shaped like the story card while the backend is asked. */
export function LoadingSkeleton() {
  return (
    <section class="card skeleton" data-testid="loading" aria-busy="true" aria-live="polite">
      <span class="visually-hidden">Looking for other outlets' coverage…</span>
      <span class="skeleton__line skeleton__line--short" />
      <span class="skeleton__line" />
      <span class="skeleton__bar" />
      <span class="skeleton__line skeleton__line--mid" />
    </section>
  );
}
