import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import pilot from '../../../public/sites/lingyan-south-road/site.json';
import { SitePackSchema, formatIssuePath, formatSiteErrors } from './schema.ts';

const text = (en: string) => ({ zh: `【${en}】`, en });
const option = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: text(`${id} name`),
  summary: text(`${id} summary`),
  altText: text(`${id} alt text`),
  ...extra,
});

function minimalPack() {
  return {
    formatVersion: 1,
    id: 'test-street',
    name: text('Test Street'),
    origin: { lng: 121.5, lat: 31.2 },
    timeZone: 'Asia/Shanghai',
    provenance: { geometry: 'illustrative', note: text('made up'), licence: 'CC0-1.0' },
    options: [option('existing', { existing: true }), option('greener')],
    questions: [],
  };
}

function errorLinesOrNone(input: unknown): string[] {
  const result = SitePackSchema.safeParse(input);
  return result.success ? [] : formatSiteErrors(result.error);
}

function errorLines(input: unknown): string[] {
  const result = SitePackSchema.safeParse(input);
  if (result.success) throw new Error('expected the pack to be rejected');
  return formatSiteErrors(result.error);
}

describe('SitePackSchema', () => {
  it('accepts a minimal pack', () => {
    expect(SitePackSchema.safeParse(minimalPack()).success).toBe(true);
  });

  it('accepts the pilot pack, Lingyan South Road', () => {
    const result = SitePackSchema.safeParse(pilot);
    expect(result.success ? [] : formatSiteErrors(result.error)).toEqual([]);
    expect(result.data?.provenance.geometry).toBe('illustrative');
    expect(result.data?.options.map((o) => o.id)).toEqual(['existing', 'garden-street', 'shared-street']);
  });

  it('accepts optional district, origin height and cost estimates', () => {
    const pack = {
      ...minimalPack(),
      district: text('Somewhere'),
      origin: { lng: 121.5, lat: 31.2, height: 4 },
      options: [option('existing', { existing: true }), option('greener', { costEstimate: { amount: 0, currency: 'CNY' } })],
    };
    expect(SitePackSchema.safeParse(pack).success).toBe(true);
  });

  it('rejects any other format version', () => {
    expect(errorLines({ ...minimalPack(), formatVersion: 2 })).toEqual([
      'formatVersion: Invalid input: expected 1',
    ]);
  });

  it('rejects an unknown time zone but accepts any IANA name', () => {
    expect(errorLines({ ...minimalPack(), timeZone: 'Asia/Shangai' })).toEqual([
      'timeZone: unknown time zone: use an IANA name such as "Asia/Shanghai"',
    ]);
    expect(errorLines({ ...minimalPack(), timeZone: '' })[0]).toMatch(/^timeZone: /);
    expect(SitePackSchema.safeParse({ ...minimalPack(), timeZone: 'Europe/Paris' }).success).toBe(true);
  });

  it('rejects an origin outside WGS-84 ranges', () => {
    const lines = errorLines({ ...minimalPack(), origin: { lng: 200, lat: -91 } });
    expect(lines.map((line) => line.split(':')[0])).toEqual(['origin.lng', 'origin.lat']);
  });

  it('needs exactly one existing-state option', () => {
    expect(errorLines({ ...minimalPack(), options: [option('a'), option('b')] })).toEqual([
      'options: one option must be the existing state ("existing": true); none is',
    ]);
    const twoExisting = [option('a', { existing: true }), option('b'), option('c', { existing: true })];
    expect(errorLines({ ...minimalPack(), options: twoExisting })).toEqual([
      'options[2].existing: only one option may be the existing state; options[0] already is',
    ]);
  });

  it('needs 2 to 8 options with unique ids', () => {
    expect(errorLines({ ...minimalPack(), options: [option('existing', { existing: true })] })[0]).toMatch(
      /^options: /,
    );
    const nine = [option('existing', { existing: true }), ...Array.from({ length: 8 }, (_, i) => option(`o${i}`))];
    expect(errorLines({ ...minimalPack(), options: nine })[0]).toMatch(/^options: /);
    const duplicated = [option('existing', { existing: true }), option('a'), option('a')];
    expect(errorLines({ ...minimalPack(), options: duplicated })).toEqual([
      'options[2].id: duplicate option id "a" (first used at index 1)',
    ]);
  });

  it('needs unique question ids but lets choices name anything', () => {
    const question = {
      id: 'q',
      kind: 'single',
      prompt: text('Which?'),
      choices: [
        { id: 'not-an-option', label: text('anything') },
        { id: 'trees', label: text('trees') },
      ],
    };
    expect(SitePackSchema.safeParse({ ...minimalPack(), questions: [question] }).success).toBe(true);
    expect(errorLines({ ...minimalPack(), questions: [question, question] })).toEqual([
      'questions[1].id: duplicate question id "q" (first used at index 0)',
    ]);
  });

  it('rejects bad costs and provenance', () => {
    const pack = {
      ...minimalPack(),
      provenance: { geometry: 'guessed', note: text('?'), licence: '' },
      options: [option('existing', { existing: true }), option('b', { costEstimate: { amount: -1, currency: 'USD' } })],
    };
    expect(errorLines(pack).map((line) => line.split(':')[0])).toEqual([
      'provenance.geometry',
      'provenance.licence',
      'options[1].costEstimate.amount',
      'options[1].costEstimate.currency',
    ]);
  });

  it('stays extensible: an extended schema keeps its fields strict and its rules', () => {
    const Extended = SitePackSchema.extend({ futureLayers: z.array(z.string()) });
    expect(Extended.safeParse({ ...minimalPack(), futureLayers: ['trees'] }).success).toBe(true);
    expect(Extended.safeParse({ ...minimalPack(), futureLayers: [], extra: 1 }).success).toBe(false);
    expect(Extended.safeParse({ ...minimalPack(), futureLayers: [], options: [option('a'), option('b')] }).success).toBe(false);
  });
});

describe('SitePackSchema: places and plan', () => {
  // Around the minimal pack's origin (121.5, 31.2): 0.001° is about 95 m east or 111 m north.
  const place = (id: string, lng: number, lat: number) => ({ id, name: text(id), lng, lat });
  const ring = (): [number, number][] => [
    [121.499, 31.199],
    [121.501, 31.199],
    [121.501, 31.201],
    [121.499, 31.201],
    [121.499, 31.199],
  ];
  const withPlan = (extra: Record<string, unknown>) => ({
    ...minimalPack(),
    places: [place('gate', 121.5001, 31.2001), place('bus-stop', 121.4999, 31.1999)],
    plan: { boundary: ring(), streets: [{ name: text('Main'), line: [[121.5, 31.199], [121.5, 31.201]] }] },
    ...extra,
  });

  it('accepts places and a plan, and stays valid without them', () => {
    expect(errorLinesOrNone(withPlan({}))).toEqual([]);
    expect(errorLinesOrNone({ ...minimalPack(), plan: { boundary: ring() } })).toEqual([]);
  });

  it('gives the pilot pack named places and a plan with its street and a cross street', () => {
    const result = SitePackSchema.parse(pilot);
    expect(result.places?.length).toBeGreaterThanOrEqual(6);
    expect(result.places?.length).toBeLessThanOrEqual(10);
    expect(result.plan?.streets?.map((s) => s.name.en)).toContain('Lingyan South Road');
    expect(result.plan?.streets?.length).toBeGreaterThanOrEqual(2);
  });

  it('rejects a place more than 2 km from the origin, at its own path', () => {
    // 0.03° of latitude is about 3.3 km north: a typical dropped-digit mistake
    const far = withPlan({ places: [place('gate', 121.5001, 31.2001), place('far', 121.5, 31.23)] });
    expect(errorLines(far)).toEqual(['places[1]: 3.3 km from the origin; must be within 2 km']);
  });

  it('rejects boundary and street points more than 2 km away, each at its path', () => {
    const boundary = ring();
    boundary[2] = [121.53, 31.201];
    const pack = withPlan({ plan: { boundary, streets: [{ name: text('Main'), line: [[121.5, 31.199], [121.5, 31.3]] }] } });
    expect(errorLines(pack).map((line) => line.split(':')[0])).toEqual(['plan.boundary[2]', 'plan.streets[0].line[1]']);
  });

  it('reports a bad origin or a point out of WGS-84 range once, without measuring from it', () => {
    expect(errorLines(withPlan({ origin: { lng: 200, lat: 31.2 } })).map((l) => l.split(':')[0])).toEqual(['origin.lng']);
    const bad = withPlan({ places: [place('gate', 121.5, 31.2), place('moon', 121.5, 95)] });
    expect(errorLines(bad).map((l) => l.split(':')[0])).toEqual(['places[1].lat']);
  });

  it('needs a closed boundary ring of at least four points', () => {
    const open = ring().slice(0, 4);
    expect(errorLines(withPlan({ plan: { boundary: open } }))).toEqual([
      'plan.boundary[3]: the boundary must be closed: its last point must repeat the first',
    ]);
    const tooShort = [ring()[0], ring()[1], ring()[0]];
    expect(errorLines(withPlan({ plan: { boundary: tooShort } }))[0]).toMatch(/^plan\.boundary: /);
  });

  it('needs 2 to 40 places with unique slug ids and both names', () => {
    expect(errorLines(withPlan({ places: [place('only', 121.5, 31.2)] }))[0]).toMatch(/^places: /);
    const many = Array.from({ length: 41 }, (_, i) => place(`p${i}`, 121.5, 31.2));
    expect(errorLines(withPlan({ places: many }))[0]).toMatch(/^places: /);
    expect(errorLines(withPlan({ places: [place('a', 121.5, 31.2), place('a', 121.5, 31.2)] }))).toEqual([
      'places[1].id: duplicate place id "a" (first used at index 0)',
    ]);
    expect(errorLines(withPlan({ places: [place('Gate 1', 121.5, 31.2), { ...place('b', 121.5, 31.2), name: { zh: '门' } }] })).map((l) => l.split(':')[0])).toEqual([
      'places[0].id',
      'places[1].name.en',
    ]);
  });

  it('rejects a street with a single point and unknown plan fields', () => {
    const pack = withPlan({ plan: { boundary: ring(), streets: [{ name: text('Stub'), line: [[121.5, 31.2]] }], trees: [] } });
    expect(errorLines(pack).map((line) => line.split(':')[0])).toEqual(['plan.streets[0].line', 'plan.trees']);
  });
});

describe('formatSiteErrors', () => {
  it('gives one line per issue with a JSON path', () => {
    const pack = minimalPack();
    const broken = {
      ...pack,
      colour: 'red',
      options: [pack.options[0], { ...option('b'), name: { zh: '乙', en: undefined }, photo: 'x.jpg', video: 'y.mp4' }],
    };
    expect(errorLines(broken)).toEqual([
      'options[1].name.en: Invalid input: expected string, received undefined',
      'options[1].photo: unknown field',
      'options[1].video: unknown field',
      'colour: unknown field',
    ]);
  });

  it('reports a problem with the whole document at (root)', () => {
    expect(errorLines('not an object')).toEqual(['(root): Invalid input: expected object, received string']);
  });
});

describe('formatIssuePath', () => {
  it('writes indexes in brackets and quotes keys that are not identifiers', () => {
    expect(formatIssuePath(['options', 1, 'name', 'en'])).toBe('options[1].name.en');
    expect(formatIssuePath([0, 'id'])).toBe('[0].id');
    expect(formatIssuePath(['layers', 'street trees', 2])).toBe('layers["street trees"][2]');
    expect(formatIssuePath([])).toBe('(root)');
  });
});
