// A stub of GET /v2/topology for the transport benchmark; runs in its own process so that the server's work
// does not share the client's event loop.
import { createServer } from 'node:http';

const body = JSON.stringify({
  brokers: [
    {
      nodeId: 0,
      host: 'camunda-zeebe-0',
      port: 26501,
      partitions: [{ partitionId: 1, role: 'leader', health: 'healthy' }],
      version: '8.8.0',
    },
  ],
  clusterSize: 1,
  partitionsCount: 1,
  replicationFactor: 1,
  gatewayVersion: '8.8.0',
  lastCompletedChangeId: '-1',
});
const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
