import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Whether the reader paused their reading record (the reading-balance page's switch). Kept
 * beside the record's own code rather than in utils/shared/settings.ts: only this page and
 * the background's recorder read it. Validated when read; anything else means "not paused".
 */
export const readingPausedItem = storage.defineItem<unknown>('local:readingPaused', {
  fallback: false,
});

export async function isReadingPaused(): Promise<boolean> {
  const parsed = z.boolean().safeParse(await readingPausedItem.getValue());
  return parsed.success ? parsed.data : false;
}

export async function setReadingPaused(paused: boolean): Promise<void> {
  await readingPausedItem.setValue(paused);
}
