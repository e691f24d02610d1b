import { io } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import type { Ack } from '../../src/core/protocol/errors.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';

/**
 * Fills the site's community map with `count` pins before the measured run, so the bench sees a
 * map that has lived a while: a per-op cost that grows with the map (it once copied every pin on
 * each commit) then shows up as a loss against the baseline.
 */
export async function prefillPins(url: string, code: string, count: number): Promise<void> {
  if (count === 0) return;
  const socket = io(url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, reconnection: false });
  try {
    const joined = (await socket.timeout(15_000).emitWithAck('session:join', { code })) as Ack<object>;
    if (!joined.ok) throw new Error(`prefill join refused: ${joined.error.code}`);
    const inFlight = 32;
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const res = (await socket.timeout(15_000).emitWithAck('op', {
          opId: uuidv7(),
          type: 'annotation.create',
          payload: {
            id: uuidv7(),
            position: { lng: 121.5065 + (i % 100) * 1e-5, lat: 31.159 + Math.floor(i / 100) * 1e-5, height: 0 },
            category: 'idea',
            text: `预先填充的意见 ${i}`,
          },
        })) as Ack<object>;
        if (!res.ok) throw new Error(`prefill op refused: ${res.error.code}`);
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  } finally {
    socket.close();
  }
}
