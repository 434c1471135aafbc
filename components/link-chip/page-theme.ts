/**
 * Whether the site shows itself dark, by its own colours rather than the system's: Google, X
 * and Reddit have their own theme switches. The first opaque background of body or html
 * decides; a page with none follows the system's colour scheme.
 */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(
      view.getComputedStyle(element).backgroundColor,
    );
    if (!rgb || (rgb[4] !== undefined && Number(rgb[4]) < 0.5)) continue;
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((channel) => Number(channel) / 255) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? 'dark' : 'light';
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
