/**
 * RSS feeds for the ingestion fault and failover tests: `feeds` outlets each covering the same
 * `items` events in their own words, so that the clusterer has stories to form across feeds.
 * Dates are minutes before `now`: inside the clustering window, so a new writer's seeding
 * reads them back. Deterministic for the same arguments.
 */
const EVENTS = [
  ['City council approves harbour expansion budget', 'harbour expansion council budget vote'],
  [
    'Wildfire forces evacuation of mountain towns',
    'wildfire evacuation mountain towns firefighters',
  ],
  ['Central bank holds interest rates steady', 'central bank interest rates inflation hold'],
  ['Striking rail workers reach deal with operator', 'rail strike workers deal operator wages'],
  ['Flooding closes river bridges after storm', 'flooding river bridges storm closed rain'],
  ['Parliament passes data privacy overhaul', 'parliament privacy data law overhaul vote'],
  [
    'Vaccine maker recalls batch over contamination',
    'vaccine recall batch contamination regulator',
  ],
  ['Teachers union votes to accept pay offer', 'teachers union pay offer vote schools'],
  [
    'Airport runway reopens after cracks repaired',
    'airport runway cracks repaired reopened flights',
  ],
  [
    'Drought prompts water restrictions in capital',
    'drought water restrictions capital reservoirs',
  ],
  ['Tech firm fined over misleading battery claims', 'tech firm fine battery claims regulator'],
  ['Museum returns looted bronzes to Nigeria', 'museum looted bronzes returned nigeria benin'],
  ['Hospital waiting lists reach record length', 'hospital waiting lists record patients health'],
  ['Mayor unveils plan for free night buses', 'mayor plan free night buses transport city'],
  ['Court blocks mine on protected wetland', 'court blocks mine protected wetland judge'],
  ['Heatwave sets new national temperature record', 'heatwave national temperature record hottest'],
] as const;

const OPENERS = ['', 'Breaking: ', 'Update: ', 'Report: ', 'Analysis: ', 'Live: ', 'Exclusive: '];

export interface SyntheticFeed {
  path: string;
  xml: string;
  urls: string[];
}

export function syntheticFeeds(base: string, feeds: number, items: number, now: number) {
  const out: SyntheticFeed[] = [];
  for (let f = 0; f < feeds; f += 1) {
    const urls: string[] = [];
    const entries: string[] = [];
    for (let i = 0; i < items; i += 1) {
      const [title, words] = EVENTS[i % EVENTS.length] as readonly [string, string];
      const url = `${base}/outlet-${f}/${i}-${title.toLowerCase().replaceAll(' ', '-')}`;
      urls.push(url);
      const published = new Date(now - (f * items + i + 1) * 60_000).toUTCString();
      entries.push(
        `<item><title>${OPENERS[f % OPENERS.length]}${title}</title><link>${url}</link>` +
          `<description>Outlet ${f} reports: ${words}. ${title}, officials said on the day.</description>` +
          `<pubDate>${published}</pubDate></item>`,
      );
    }
    out.push({
      path: `/feed-${f}.xml`,
      urls,
      xml: `<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${f}</title><link>${base}/outlet-${f}</link><description>Outlet ${f}</description>${entries.join('')}</channel></rss>`,
    });
  }
  return out;
}
