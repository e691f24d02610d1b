/**
 * Bumped whenever an event, payload or rule changes incompatibly. Clients send it in the
 * socket.io handshake (`auth.protocolVersion`); the server refuses a mismatch with
 * PROTOCOL_MISMATCH so an old cached client says "please reload" instead of misbehaving.
 */
export const PROTOCOL_VERSION = 1;
