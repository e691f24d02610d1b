import type { PresenceEntry } from '../../../core/protocol/messages.ts';

/** One avatar to draw: who, and in what colour (by role). Names are resolved by the caller. */
export interface ShownPerson {
  connectionId: string;
  role: PresenceEntry['role'];
  name: string | null;
}

/** Everyone else looking at the site in 3D (the twin, or on the street in AR), in a stable
 * order. People on the map or at the hearing screen have no camera in the scene. */
export function peopleInScene(presence: Readonly<Record<string, PresenceEntry>>, myConnectionId: string | undefined): ShownPerson[] {
  return Object.values(presence)
    .filter((p) => p.connectionId !== myConnectionId && (p.mode === 'twin' || p.mode === 'ar'))
    .sort((a, b) => (a.connectionId < b.connectionId ? -1 : a.connectionId > b.connectionId ? 1 : 0))
    .map(({ connectionId, role, name }) => ({ connectionId, role, name }));
}
