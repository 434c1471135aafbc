import type { ReadingBalanceClient } from '../../components/reading-balance/reading-balance-page';
import { storyPageUrl } from '../story-page/story-url';
import { clearReads, deleteRead, listReads } from './reading-db';
import { isReadingPaused, setReadingPaused } from './reading-paused';

/** The reading-balance page's client: the local record and the pause switch, nothing remote. */
export const readingBalanceClient: ReadingBalanceClient = {
  listReads,
  deleteRead,
  clearReads,
  isPaused: isReadingPaused,
  setPaused: setReadingPaused,
  storyUrl: storyPageUrl,
  download(name, type, text) {
    // A blob URL of this page: the file is made and saved here, no request leaves the browser.
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
};
