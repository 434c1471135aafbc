/** Types for the deep import of Readability's heuristic (its package types only the index). */
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Element) => boolean;
    },
  ): boolean;
}
