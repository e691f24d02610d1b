/**
 * The baseline for bench/sync-fanout.ts: the least a socket.io server can do to relay ops.
 * On `op` it acks and sends that op to every connected socket, one message per op. No join, no
 * validation, no storage, no batching. Prints `{"url": …}` on stdout once listening.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const httpServer = http.createServer();
const io = new Server(httpServer, { serveClient: false });
let seq = 0;

io.on('connection', (socket) => {
  socket.on('op', (op: unknown, ack: unknown) => {
    seq += 1;
    // same ack shape as Gongjian's, so the load generator treats both alike
    if (typeof ack === 'function') ack({ ok: true, seq, duplicate: false });
    io.emit('op', op);
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = httpServer.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://${address}:${port}` }));
});

process.once('SIGTERM', () => io.close(() => process.exit(0)));
