import { localStore, type KeyValueStore } from '../browser/safe-storage.ts';

const tokenKey = (siteId: string) => `gj.identity.${siteId}`;
const codeSiteKey = (code: string) => `gj.codeSite.${code}`;

/**
 * The random identity this browser uses on each site, kept in localStorage: it is what makes
 * "my pins" and "my vote" survive a reload or a second meeting, without any account. One token
 * per site, so two sites' records cannot be linked through it.
 *
 * A join request names a code, not a site, so a code joined for the first time goes without a
 * token; the join answer tells the site, and if this browser already had an identity there,
 * the caller rejoins with it (`remember` says so).
 */
export class IdentityBook {
  constructor(private readonly store: KeyValueStore = localStore) {}

  /** The token to send when joining `code`, if this browser knows the code's site. */
  tokenForCode(code: string): string | undefined {
    const siteId = this.store.get(codeSiteKey(code));
    return (siteId && this.store.get(tokenKey(siteId))) || undefined;
  }

  /**
   * Records a successful join. Returns the token to rejoin with when the server issued a new
   * identity although this browser already holds one for the site; otherwise null.
   */
  remember(code: string, siteId: string, issuedToken: string): { rejoinWith: string } | null {
    this.store.set(codeSiteKey(code), siteId);
    const known = this.store.get(tokenKey(siteId));
    if (known && known !== issuedToken) return { rejoinWith: known };
    if (!known) this.store.set(tokenKey(siteId), issuedToken);
    return null;
  }
}
