import { Window } from 'happy-dom';

/**
 * A DOM for a saved page, in Node: the detector is written against the browser's `Document`
 * and runs unchanged on it. Nothing on the page runs or loads (no scripts, styles, frames).
 */
export async function withHtmlDocument<T>(
  html: string,
  pageUrl: string,
  use: (doc: Document) => T,
): Promise<T> {
  const window = new Window({
    url: pageUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    return use(doc);
  } finally {
    await window.happyDOM.close();
  }
}
