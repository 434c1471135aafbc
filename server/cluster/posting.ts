/**
 * One term's posting list in the clusterer's inverted index: the stories indexed under the term,
 * in the order they were added (candidate order decides ties, so it must match what a Set gives).
 *
 * Each entry is the story's own centroid cell for the term, so that scoring a candidate reads
 * `cell.w` instead of looking the term up in the story's centroid (the hot loop of `add`).
 * Removal is lazy: a removed story is dead (`isDead`), and its cells are dropped when dead ones
 * outnumber live ones, in one order-preserving pass. `live` counts the stories still present.
 */
export interface PostingCell<S> {
  story: S;
  /** The story's centroid weight for this term; updated in place as articles join. */
  w: number;
}

export class Posting<S> {
  cells: Array<PostingCell<S>> = [];
  live = 0;

  add(cell: PostingCell<S>): void {
    this.cells.push(cell);
    this.live += 1;
  }

  /** Call once per removed story, after it has become dead. */
  remove(isDead: (story: S) => boolean): void {
    this.live -= 1;
    // Compact only when at least half the cells are dead: amortised O(1) per removal.
    if (this.cells.length >= 2 * this.live + 8) {
      this.cells = this.cells.filter((cell) => !isDead(cell.story));
    }
  }
}
