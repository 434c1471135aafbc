import { describe, expect, it } from 'vitest';
import { IDIAP_RATER } from '../../core/reliability-band';
import { combinedPosition, type Rating, type Source } from '../../core/source';
import { siteRating } from '../../core/source-index';
import { mergeOutlets, type RatedFile } from './merge-outlets';
import { type RatedRow, REJECT, type RowResult } from './rated-row';

const ALLSIDES = 'Ratings by AllSides.com, licensed CC BY-NC 4.0.';

function allSides(label: string, position: Rating['position'], entry: string): Rating {
  return {
    rater: 'AllSides',
    entry,
    label,
    position,
    reliability: null,
    ratedOn: '2023-11-15',
    url: null,
    attribution: ALLSIDES,
  };
}

function catalogSource(id: string, domains: string[], ratings: Rating[] = []): Source {
  return {
    id,
    name: id.toUpperCase(),
    domains,
    country: 'US',
    language: 'en',
    owner: null,
    feeds: [],
    ratings,
    ...combinedPosition(ratings),
  };
}

const row = (line: number, rating: Rating, domains: string[], name: string | null): RowResult => ({
  ok: true,
  row: { line, name, domains, domainProblem: null, rating } satisfies RatedRow,
});

const idiapRow = (line: number, domain: string, score: number): RowResult =>
  row(
    line,
    { ...siteRating(IDIAP_RATER, 'Idiap, Apache-2.0.', null, null, score), entry: domain },
    [domain],
    null,
  );

const file = (name: string, format: string, results: RowResult[]): RatedFile => ({
  file: name,
  format,
  results,
});

describe('mergeOutlets', () => {
  const catalog = [
    catalogSource('cnn', ['cnn.com'], [allSides('Left', -2, 'CNN (Online News)')]),
    catalogSource('le-monde', ['lemonde.fr']),
  ];

  it('attaches rows to catalog outlets, creates the rest, and keeps provenance', () => {
    const merged = mergeOutlets(catalog, [
      file('allsides.csv', 'allsides', [
        row(2, allSides('Left', -2, 'CNN (Online News)'), ['cnn.com'], 'CNN (Online News)'),
        row(
          3,
          allSides('Center', 0, 'Billings Gazette'),
          ['billingsgazette.com'],
          'Billings Gazette',
        ),
      ]),
      file('idiap.json', 'idiap', [
        idiapRow(1, 'billingsgazette.com', 0.61),
        idiapRow(2, 'lemonde.fr', 0.94),
        idiapRow(3, 'spiegel.de', 0.9),
      ]),
    ]);
    const byId = new Map(merged.sources.map((s) => [s.id, s]));
    expect(byId.get('cnn')?.ratings).toHaveLength(1);
    expect(byId.get('cnn')?.ratings[0]?.provenance).toEqual({
      file: 'allsides.csv',
      line: 2,
      format: 'allsides',
    });
    const gazette = byId.get('site-billingsgazette-com');
    expect(gazette?.ratings.map((r) => r.rater)).toEqual(['AllSides', IDIAP_RATER]);
    expect(gazette).toMatchObject({ name: 'Billings Gazette', uncurated: true, position: 0 });
    expect(gazette?.inferred).toBeUndefined();
    expect(byId.get('le-monde')).toMatchObject({ name: 'LE-MONDE', country: 'US' });
    expect(byId.get('site-spiegel-de')).toMatchObject({
      name: 'spiegel.de',
      country: 'DE',
      language: 'de',
      inferred: ['country', 'language', 'name'],
    });
    expect(merged.files.map((f) => [f.file, f.used, f.onCatalog, f.created])).toEqual([
      ['allsides.csv', 2, 1, 1],
      ['idiap.json', 3, 1, 1],
    ]);
  });

  it('reports a rater that disagrees with the catalog, and keeps the file rating', () => {
    const merged = mergeOutlets(catalog, [
      file('allsides.csv', 'allsides', [
        row(9, allSides('Lean Left', -1, 'CNN (Online News)'), ['cnn.com'], 'CNN (Online News)'),
      ]),
    ]);
    expect(merged.conflicts).toEqual([
      {
        kind: 'catalog-vs-rater',
        subject: 'CNN',
        detail: expect.stringContaining('"Left"'),
      },
    ]);
    expect(merged.sources[0]?.position).toBe(-1);
  });

  it('reports two rows claiming one outlet, and rejects the second with its reason', () => {
    const merged = mergeOutlets(
      [],
      [
        file('idiap.json', 'idiap', [
          idiapRow(1, 'a-news.com', 0.1),
          idiapRow(2, 'a-news.com', 0.2),
        ]),
      ],
    );
    expect(merged.conflicts.map((c) => c.kind)).toEqual(['duplicate-row']);
    expect(merged.rejects.get(REJECT.duplicate)).toEqual([
      { file: 'idiap.json', line: 2, subject: 'a-news.com' },
    ]);
  });

  it('keeps the reader rejects by reason, with what each row named', () => {
    const merged = mergeOutlets(
      [],
      [
        file('idiap.json', 'idiap', [
          { ok: false, line: 4, reason: REJECT.government, subject: 'whitehouse.gov' },
        ]),
      ],
    );
    expect(merged.rejects.get(REJECT.government)).toEqual([
      { file: 'idiap.json', line: 4, subject: 'whitehouse.gov' },
    ]);
    expect(merged.files[0]).toMatchObject({ rowsRead: 1, used: 0, rejected: 1 });
  });

  it('reports raters that disagree: bias two steps apart, reliability high against low', () => {
    const perennial: Rating = {
      rater: 'Wikipedia perennial sources',
      entry: 'X',
      label: 'Generally unreliable',
      position: null,
      reliability: 'Generally unreliable',
      ratedOn: '2021-03-17',
      url: null,
      attribution: 'Wikipedia, CC BY-SA 4.0.',
    };
    const other: Rating = { ...allSides('Right', 2, 'X'), rater: 'Other rater' };
    const merged = mergeOutlets(
      [catalogSource('x', ['x-news.com'], [allSides('Left', -2, 'X'), other])],
      [
        file('p.csv', 'perennial', [row(2, perennial, ['x-news.com'], 'X')]),
        file('idiap.json', 'idiap', [idiapRow(1, 'x-news.com', 0.9)]),
      ],
    );
    expect(merged.conflicts.map((c) => c.kind).sort()).toEqual([
      'bias-disagreement',
      'reliability-disagreement',
    ]);
  });

  it('reports a catalog domain two outlets list', () => {
    const merged = mergeOutlets(
      [catalogSource('a', ['shared.com']), catalogSource('b', ['shared.com', 'b.com'])],
      [],
    );
    expect(merged.conflicts).toEqual([
      { kind: 'domain-claimed-twice', subject: 'shared.com', detail: expect.any(String) },
    ]);
  });
});
