/**
 * The server under load, in its own process so its memory is measured alone: scripts/serve.ts on
 * a free port; answers "mem" on IPC with its heap after a full garbage collection.
 * Run with --expose-gc by scripts/bench/load.ts.
 */
import type { AddressInfo } from 'node:net';
import { startServer } from '../serve.ts';

const server = await startServer(process.argv[2] ?? 'dist', 0);
process.send?.({ port: (server.address() as AddressInfo).port });
process.on('message', (m) => {
  if (m !== 'mem') return;
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
