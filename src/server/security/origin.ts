/**
 * Decides whether a browser Origin may open a socket. Allowed: the server's own origin (the
 * Origin's host equals the Host the request came to), PUBLIC_URL, and ALLOWED_ORIGINS. A request
 * without Origin is not from a web page (native client, tests) and is allowed: the check exists
 * to stop other sites' pages from acting with a visitor's browser.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, extra: readonly string[]): boolean {
  if (!origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  return extra.includes(parsed.origin);
}
