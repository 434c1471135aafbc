import type { PortalHost } from '../detected-article';

/**
 * Sites that show other outlets' articles under their own address: news portals and
 * aggregators (MSN, Yahoo, AOL, Apple News on the web, SmartNews…) and AMP caches. An article
 * read there was written by the outlet the page credits, not by the portal (see
 * core/detect/origin-hint.ts and core/portal-attribution.ts).
 *
 * Kept here, not only in the source index, because the detector runs in the content script
 * with no index at hand; the index can flag further portals (core/portal-attribution.ts).
 */
interface PortalEntry {
  /** The host and every host under it; the most specific entry is listed first. */
  host: string;
  name: string;
  /** The portal's whole site: links anywhere under it stay on the portal. */
  site: string;
  /** Names the portal credits itself with (its own staff's articles): not another outlet. */
  ownNames: RegExp;
}

const YAHOO = /^yahoo\b/i;

const PORTALS: readonly PortalEntry[] = [
  { host: 'finance.yahoo.com', site: 'yahoo.com', name: 'Yahoo Finance', ownNames: YAHOO },
  { host: 'sports.yahoo.com', site: 'yahoo.com', name: 'Yahoo Sports', ownNames: YAHOO },
  { host: 'news.yahoo.com', site: 'yahoo.com', name: 'Yahoo News', ownNames: YAHOO },
  { host: 'news.yahoo.co.jp', site: 'yahoo.co.jp', name: 'Yahoo! News Japan', ownNames: YAHOO },
  { host: 'yahoo.com', site: 'yahoo.com', name: 'Yahoo', ownNames: YAHOO },
  { host: 'msn.com', site: 'msn.com', name: 'MSN', ownNames: /^(msn|microsoft (start|news))\b/i },
  { host: 'aol.com', site: 'aol.com', name: 'AOL', ownNames: /^aol\b/i },
  { host: 'news.apple.com', site: 'apple.com', name: 'Apple News', ownNames: /^apple news\b/i },
  { host: 'apple.news', site: 'apple.news', name: 'Apple News', ownNames: /^apple news\b/i },
  {
    host: 'cdn.ampproject.org',
    site: 'ampproject.org',
    name: 'Google AMP cache',
    ownNames: /^(google|amp)\b/i,
  },
  { host: 'news.google.com', site: 'google.com', name: 'Google News', ownNames: /^google\b/i },
  { host: 'smartnews.com', site: 'smartnews.com', name: 'SmartNews', ownNames: /^smartnews\b/i },
  { host: 'newsbreak.com', site: 'newsbreak.com', name: 'NewsBreak', ownNames: /^news ?break\b/i },
  { host: 'flipboard.com', site: 'flipboard.com', name: 'Flipboard', ownNames: /^flipboard\b/i },
  { host: 'newsnow.co.uk', site: 'newsnow.co.uk', name: 'NewsNow', ownNames: /^newsnow\b/i },
  {
    host: 'pressreader.com',
    site: 'pressreader.com',
    name: 'PressReader',
    ownNames: /^pressreader\b/i,
  },
  { host: 'sina.com.cn', site: 'sina.com.cn', name: 'Sina', ownNames: /^(sina|新浪)/i },
  { host: 'sohu.com', site: 'sohu.com', name: 'Sohu', ownNames: /^(sohu|搜狐)/i },
  { host: '163.com', site: '163.com', name: 'NetEase', ownNames: /^(netease|网易)/i },
  { host: 'news.qq.com', site: 'qq.com', name: 'Tencent News', ownNames: /^(tencent|腾讯)/i },
  { host: 'ifeng.com', site: 'ifeng.com', name: 'ifeng', ownNames: /^(ifeng|凤凰)/i },
  { host: 'toutiao.com', site: 'toutiao.com', name: 'Toutiao', ownNames: /^(toutiao|今日头条)/i },
  { host: 'onet.pl', site: 'onet.pl', name: 'Onet', ownNames: /^onet\b/i },
  { host: 'wp.pl', site: 'wp.pl', name: 'WP', ownNames: /^(wp|wirtualna polska)\b/i },
  { host: 'interia.pl', site: 'interia.pl', name: 'Interia', ownNames: /^interia\b/i },
  { host: 'today.line.me', site: 'line.me', name: 'LINE NEWS', ownNames: /^line\b/i },
];

const isUnder = (host: string, parent: string) => host === parent || host.endsWith(`.${parent}`);

function entryFor(hostname: string): PortalEntry | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  // Regional editions (uk.news.yahoo.com, ca.finance.yahoo.com) sit under the entry's host.
  return PORTALS.find((entry) => isUnder(host, entry.host)) ?? null;
}

/** The portal a page's host belongs to, or null for every other site. */
export function portalOf(hostname: string): PortalHost | null {
  const entry = entryFor(hostname);
  return entry ? { host: hostname.toLowerCase(), name: entry.name } : null;
}

/** True when `name` is the portal crediting itself ("Yahoo Finance" on finance.yahoo.com). */
export function isPortalOwnName(hostname: string, name: string): boolean {
  const entry = entryFor(hostname);
  return entry !== null && (entry.ownNames.test(name.trim()) || name.trim() === entry.name);
}

/** True when `hostname` is on the portal `portal` (any host under the same portal entry). */
export function isOnPortal(hostname: string, portal: PortalHost): boolean {
  const entry = entryFor(portal.host);
  const host = hostname.toLowerCase();
  // finance.yahoo.com linking to www.yahoo.com stays on Yahoo.
  return isUnder(host, entry?.site ?? portal.host);
}
