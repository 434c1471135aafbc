// The worker thread of lede-worker.ts. The backend is TypeScript run through tsx (bin/parallax.js):
// a worker starts without the parent's loader, so it registers tsx before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./lede-thread.ts');
