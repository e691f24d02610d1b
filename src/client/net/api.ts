import type { LocalizedText } from '../../core/i18n-text.ts';
import type { ErrorDetail } from '../../core/protocol/errors.ts';
import type { SessionInfo } from '../../core/protocol/messages.ts';
import { errorCodeOf, type AppErrorCode } from './app-error.ts';

/** One entry of GET /api/sites. */
export interface SiteSummary {
  id: string;
  name: LocalizedText;
  district: LocalizedText | null;
}

/** The answer of POST /api/sessions (201). The facilitator key is shown once, here. */
export interface CreatedSession {
  session: SessionInfo;
  facilitatorKey: string;
  joinUrl: string;
  facilitatorUrl: string;
  qr: { svg: string; png: string };
}

/** A refused or failed REST call, with the code people are shown a message for. */
export class ApiError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly status: number,
  ) {
    super(`API error ${code} (HTTP ${status})`);
  }
}

async function requestJson<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('NETWORK', 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    throw new ApiError(response.status === 401 ? 'UNAUTHORIZED' : errorCodeOf(body?.error), response.status);
  }
  return (await response.json()) as T;
}

/** A site pack the server refused at start, with what is wrong with it. */
export interface RefusedSite {
  id: string;
  problems: ErrorDetail[];
}

export async function fetchSites(signal?: AbortSignal): Promise<{ sites: SiteSummary[]; refused: RefusedSite[] }> {
  const body = await requestJson<{ sites: SiteSummary[]; refused?: RefusedSite[] }>('/api/sites', { signal });
  return { sites: body.sites, refused: body.refused ?? [] };
}

/** Creates a session. `adminToken` only when the server asked for one (it answered 401). */
export function createSession(input: { siteId: string; title?: string; adminToken?: string }): Promise<CreatedSession> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (input.adminToken) headers.Authorization = `Bearer ${input.adminToken}`;
  const body = input.title ? { siteId: input.siteId, title: input.title } : { siteId: input.siteId };
  return requestJson<CreatedSession>('/api/sessions', { method: 'POST', headers, body: JSON.stringify(body) });
}
