import { linksIn, visibleText } from '../link-scan';
import type { FoundLink, SiteAdapter } from '../site-adapter';

/**
 * www.reddit.com (the shreddit front end): a link post is a shreddit-post whose content-href
 * holds the article; its outbound anchor (the domain pill or thumbnail) links there, else the
 * chip goes after its title, which links to the comments. Text posts and comments link out
 * from their slotted bodies. Promoted posts (shreddit-ad-post) are left alone.
 */
export const redditNew: SiteAdapter = {
  id: 'reddit-new',
  site: 'reddit',
  handles: (url) => url.hostname === 'www.reddit.com' && !url.searchParams.has('old'),
  ownHosts:
    /(^|\.)(reddit\.com|redd\.it|redditmedia\.com|redditstatic\.com|reddithelp\.com|redditinc\.com|redditblog\.com)$/,
  findLinks: (doc) => {
    const found = [...linkPosts(doc), ...linksIn(doc, BODY_LINKS, { exclude: 'shreddit-ad-post' })];
    const seen = new Set<Element>();
    return found.filter(({ anchor }) => !seen.has(anchor) && seen.add(anchor));
  },
};

const BODY_LINKS = [
  'shreddit-post [slot="text-body"] a',
  'shreddit-comment [slot="comment"] a',
  'shreddit-post a[data-testid="outbound-link"]',
].join(', ');

function linkPosts(doc: Document): FoundLink[] {
  const found: FoundLink[] = [];
  for (const post of doc.querySelectorAll('shreddit-post[content-href]')) {
    if (post.closest('shreddit-ad-post')) continue;
    const target = post.getAttribute('content-href') ?? '';
    const anchors = [...post.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const outbound = anchors.find(
      (a) => a.getAttribute('href') === target && visibleText(a) !== '',
    );
    const title =
      post.querySelector<HTMLAnchorElement>('a[slot="title"]') ??
      anchors.find((a) => visibleText(a) !== '');
    const anchor = outbound ?? title;
    if (anchor) found.push({ anchor, statedTarget: target });
  }
  return found;
}
