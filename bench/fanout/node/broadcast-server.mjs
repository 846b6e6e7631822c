// The fan-out benchmark's baseline: the plainest broadcast server on node's `ws` package.
// Every text message any client sends is sent on to every connected client, as
// switchboard-server sends each new event to every session of its space (but without the
// durable write, the decoding and the role checks ours does first).
//
// usage: node broadcast-server.mjs PORT_FILE   (listens on 127.0.0.1, a free port)
import { writeFileSync, renameSync } from 'node:fs';
import { WebSocketServer } from 'ws';

const portFile = process.argv[2];
if (!portFile) {
  console.error('usage: node broadcast-server.mjs PORT_FILE');
  process.exit(2);
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 1024 * 1024 });
server.on('listening', () => {
  writeFileSync(portFile + '.tmp', String(server.address().port));
  renameSync(portFile + '.tmp', portFile);
});
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    for (const client of server.clients) {
      if (client.readyState === 1) client.send(data, { binary: false });
    }
  });
});
process.on('SIGTERM', () => process.exit(0));
