/**
 * Where the tab-state channel (tab-state-channel.ts) keeps each tab's state in storage.session.
 * Alone, free of zod and of the extension API, only so that the popup's early script
 * (utils/popup/early-reads.ts) can start the read before any other code loads; everything else
 * goes through the channel.
 */
export const TAB_STATE_PREFIX = 'tab:';

export const tabStateKey = (tabId: number) => `${TAB_STATE_PREFIX}${tabId}`;
