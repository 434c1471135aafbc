import type { RequestHandlers } from '../../shared/messaging';
import { chipSources } from './chip-sources';
import { chipStory } from './chip-story';

/** The background's answers to the link chips' content script (core/link-chips/chip-messages.ts). */
export const linkChipHandlers: Pick<
  RequestHandlers,
  'content:link-chip-sources' | 'content:link-chip-story'
> = {
  'content:link-chip-sources': (request, sender) => chipSources(request.targets, sender.url),
  'content:link-chip-story': (request) => chipStory(request.url),
};
