import type { PresenceEntry } from '../../core/protocol/messages.ts';
import type { Member } from './types.ts';

/** Who is connected to each session on this server process. Volatile: never persisted. */
export class PresenceRegistry {
  private readonly bySession = new Map<string, Map<string, PresenceEntry>>();

  put(member: Member): PresenceEntry {
    const entry: PresenceEntry = {
      connectionId: member.connectionId,
      participantId: member.participantId,
      name: member.name,
      role: member.role,
      mode: member.mode,
    };
    let session = this.bySession.get(member.sessionId);
    if (!session) this.bySession.set(member.sessionId, (session = new Map()));
    session.set(member.connectionId, entry);
    return entry;
  }

  remove(member: Member): void {
    const session = this.bySession.get(member.sessionId);
    session?.delete(member.connectionId);
    if (session?.size === 0) this.bySession.delete(member.sessionId);
  }

  list(sessionId: string): PresenceEntry[] {
    return [...(this.bySession.get(sessionId)?.values() ?? [])];
  }
}
