/**
 * The storage.session key a tab's state is kept under. Its own module, free of the
 * extension API, so that the popup can read the state without loading the polyfill.
 */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;
