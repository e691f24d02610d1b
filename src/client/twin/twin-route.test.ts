import { describe, expect, it } from 'vitest';
import { parseTwinQuery, twinSiteIdFromPath } from './twin-route.ts';

describe('standalone twin route', () => {
  it('recognises /twin/<site id>', () => {
    expect(twinSiteIdFromPath('/twin/lingyan-south-road')).toBe('lingyan-south-road');
    expect(twinSiteIdFromPath('/twin/lingyan-south-road/')).toBe('lingyan-south-road');
    expect(twinSiteIdFromPath('/twin/')).toBeUndefined();
    expect(twinSiteIdFromPath('/twin/a/b')).toBeUndefined();
    expect(twinSiteIdFromPath('/j/123456')).toBeUndefined();
  });

  it('reads the starting view from the query', () => {
    expect(parseTwinQuery('?option=garden-street&season=winter&time=7:30&compare=1&view=junction&fixture')).toEqual({
      optionId: 'garden-street',
      season: 'winter',
      minutesOfDay: 450,
      compare: true,
      viewpointId: 'junction',
      fixture: true,
    });
    expect(parseTwinQuery('?season=monsoon&time=25')).toEqual({});
  });
});
