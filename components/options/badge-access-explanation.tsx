/**
 * What the reader reads BEFORE the browser's own permission prompt: what the access lets
 * Parallax do, that nothing is sent for it, and that only the index's outlets get the script.
 * The browser's prompt is worded broadly ("all websites"), so this says why, in plain words.
 */
export function BadgeAccessExplanation({
  onContinue,
  onCancel,
}: {
  onContinue: () => void;
  onCancel: () => void;
}) {
  return (
    <section
      class="options__explain"
      aria-labelledby="badge-explain-title"
      data-testid="badge-explanation"
    >
      <h3 id="badge-explain-title" class="options__label">
        Show the badge on news articles?
      </h3>
      <p>
        To put its badge on articles as you read, Parallax needs your browser’s permission to run on
        websites. Your browser asks next, in its own words: “read and change your data on all
        websites” or “access your data for all websites”.
      </p>
      <ul class="options__explain-list">
        <li>
          <strong>Where it runs:</strong> only on the sites of the news outlets in Parallax’s index,
          and nowhere else. Every other site is left alone.
        </li>
        <li>
          <strong>What it does there:</strong> it reads the page’s own title and metadata to tell
          whether it is an article, and adds the small badge. It changes nothing else.
        </li>
        <li>
          <strong>What it sends:</strong> nothing, for this. The outlet’s rating comes from the
          index inside Parallax. The story is asked for only on article pages of those outlets, in
          the way chosen above, as the toolbar button already does.
        </li>
        <li>
          <strong>Why “all websites”:</strong> the list of outlets grows when the index is updated;
          asking for each new one would mean a new prompt every time.
        </li>
      </ul>
      <p class="meta">
        You can take it back here or in your browser’s extension settings at any time; Parallax then
        goes back to working only when you click its toolbar button.
      </p>
      <div class="options__actions">
        <button
          type="button"
          class="button button--primary"
          data-testid="badge-allow"
          onClick={onContinue}
        >
          Continue to the browser’s prompt
        </button>
        <button type="button" class="button" data-testid="badge-not-now" onClick={onCancel}>
          Not now
        </button>
      </div>
    </section>
  );
}
