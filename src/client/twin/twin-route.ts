import { SEASONS, type Season } from './sun/seasons.ts';

// The standalone twin, /twin/:siteId: a site's 3D view without a session, for planners checking
// a pack, for the end-to-end tests and for the render benchmark. Query parameters set the
// starting view so a screenshot or a benchmark run is reproducible:
//   ?option=garden-street&season=winter&time=7:30&compare=1&view=<viewpoint id>&fixture

export interface TwinRouteQuery {
  optionId?: string;
  season?: Season;
  minutesOfDay?: number;
  compare?: boolean;
  viewpointId?: string;
  /** draw the built-in fixture street instead of the pack's scene (development) */
  fixture?: boolean;
}

/** `/twin/<site id>` (trailing slash allowed) → the site id; anything else → undefined. */
export function twinSiteIdFromPath(pathname: string): string | undefined {
  return /^\/twin\/([a-z0-9][a-z0-9-]{0,39})\/?$/.exec(pathname)?.[1];
}

export function parseTwinQuery(search: string): TwinRouteQuery {
  const params = new URLSearchParams(search);
  const query: TwinRouteQuery = {};
  const option = params.get('option');
  if (option) query.optionId = option;
  const season = params.get('season');
  if (season && (SEASONS as readonly string[]).includes(season)) query.season = season as Season;
  const time = /^(\d{1,2}):(\d{2})$/.exec(params.get('time') ?? '');
  if (time) query.minutesOfDay = Number(time[1]) * 60 + Number(time[2]);
  if (params.has('compare')) query.compare = params.get('compare') !== '0';
  const view = params.get('view');
  if (view) query.viewpointId = view;
  if (params.has('fixture')) query.fixture = true;
  return query;
}
