/** The app's few screens. No router library: three routes do not need one, and the landing
 * page's bundle stays small. */
export type Route = { name: 'landing' } | { name: 'session'; code: string } | { name: 'not-found' };

/** `/` → landing; `/j/123456` (with or without a trailing slash) → that session. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'landing' };
  const join = /^\/j\/([0-9]{6})\/?$/.exec(pathname);
  if (join) return { name: 'session', code: join[1]! };
  return { name: 'not-found' };
}

export function sessionPath(code: string): string {
  return `/j/${code}`;
}
