import { parentPort } from 'node:worker_threads';
import { extractLede } from './extract-lede';

/** Inside the worker: one request at a time, answered with the same id. */
parentPort?.on('message', async (message: { id: number; html: string; url: string }) => {
  const page = await extractLede(message.html, message.url);
  parentPort?.postMessage({ id: message.id, page });
});
// Modules loaded: pages may come (LedeWorker starts their time limit from here on).
parentPort?.postMessage({ ready: true });
