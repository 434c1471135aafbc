import { getDomain, getPublicSuffix } from 'tldts';

/**
 * Domains raters list that are not news outlets: the idiap scores come from the web's link
 * graph, so they score every site news links to (search engines, video hosts, shorteners,
 * governments, universities). A page on one of these must never get an outlet's badge.
 * Sites *on* a blog host (someone.substack.com, someone.blogspot.com) are their own sites;
 * the host itself is rejected here.
 */
const KINDS: readonly [kind: NonOutletKind, domains: string][] = [
  [
    'social',
    'facebook.com fb.com instagram.com twitter.com x.com linkedin.com youtube.com tiktok.com ' +
      'reddit.com pinterest.com snapchat.com vk.com ok.ru weibo.com telegram.org t.me ' +
      'whatsapp.com discord.com twitch.tv quora.com threads.net bsky.app mastodon.social ' +
      'flickr.com vimeo.com soundcloud.com imgur.com muckrack.com meetup.com nextdoor.com',
  ],
  [
    'reference',
    'wikipedia.org wikimedia.org wikidata.org wiktionary.org wikiquote.org wikisource.org ' +
      'wikinews.org wikibooks.org toolforge.org archive.org archive.today archive.ph archive.is ' +
      'imdb.com',
  ],
  [
    'shortener',
    'bit.ly t.co goo.gl ow.ly tinyurl.com buff.ly dlvr.it ift.tt is.gd trib.al fb.me youtu.be ' +
      'amzn.to lnkd.in wp.me shorturl.at rebrand.ly tiny.cc j.mp po.st cutt.ly bitly.com ' +
      'feedproxy.google.com feeds.feedburner.com',
  ],
  [
    'blogHost',
    'blogger.com blogspot.com wordpress.com wordpress.org typepad.com livejournal.com ' +
      'tumblr.com wix.com weebly.com squarespace.com ghost.io substack.com medium.com ' +
      'blog.com over-blog.com hatenablog.com',
  ],
  [
    'platform',
    'google.com apple.com amazon.com microsoft.com github.com gitlab.com dropbox.com ' +
      'change.org patreon.com gofundme.com kickstarter.com eventbrite.com scribd.com issuu.com ' +
      'slideshare.net academia.edu researchgate.net ssrn.com ebay.com paypal.com yelp.com ' +
      'tripadvisor.com spotify.com bing.com duckduckgo.com baidu.com yandex.ru yandex.com ' +
      'mozilla.org adobe.com cloudflare.com akamaihd.net amazonaws.com googleusercontent.com ' +
      'googleapis.com doubleclick.net scoop.it storify.com podbean.com libsyn.com ' +
      'soundcloud.app itunes.apple.com play.google.com news.google.com',
  ],
];

export type NonOutletKind =
  | 'social'
  | 'reference'
  | 'shortener'
  | 'blogHost'
  | 'platform'
  | 'government'
  | 'academic';

const BY_DOMAIN: ReadonlyMap<string, NonOutletKind> = new Map(
  KINDS.flatMap(([kind, domains]) => domains.split(' ').map((d) => [d, kind] as const)),
);

/** Public-suffix labels that mark a government or academic site (gov.uk, gouv.fr, ac.jp, edu). */
const GOVERNMENT = /^(gov|gob|gouv|govt|go|gv|gc|mil|int|government)$/;
const ACADEMIC = /^(edu|ac|univ)$/;
/** Government sites whose domains are not under a government suffix. */
const GOVERNMENT_DOMAINS = new Set(['europa.eu', 'un.org', 'who.int', 'nato.int', 'canada.ca']);

/**
 * What kind of non-outlet a host is, or null when it may be an outlet. A host counts as its
 * registrable domain (news.google.com is Google's) unless it is listed itself.
 */
export function nonOutletKind(host: string): NonOutletKind | null {
  const listed = BY_DOMAIN.get(host);
  if (listed) return listed;
  const registrable = getDomain(host, { allowPrivateDomains: true });
  if (registrable) {
    // A blog on a blog host (someone.substack.com) is its own site; only the host is not one.
    const byRegistrable = BY_DOMAIN.get(registrable);
    if (byRegistrable && byRegistrable !== 'blogHost') return byRegistrable;
    if (GOVERNMENT_DOMAINS.has(registrable)) return 'government';
  }
  const suffix = getPublicSuffix(host, { allowPrivateDomains: false }) ?? '';
  const labels = suffix.split('.');
  if (labels.some((label) => GOVERNMENT.test(label))) return 'government';
  if (labels.some((label) => ACADEMIC.test(label))) return 'academic';
  return null;
}
