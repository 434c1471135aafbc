// `npm start`: build the extension, say where to load it from, then run the backend on the
// embedded SQLite database (migrated and loaded with the curated catalog on first start).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// A port in use is found before the minute of building, not after; serve says the same.
const host = process.env.HOST?.trim() || '127.0.0.1';
const port = Number(process.env.PORT?.trim() || 8787);
const portError = await new Promise((resolve) => {
  const probe = createServer()
    .once('error', (error) => resolve(error))
    .listen(port, host, () => probe.close(() => resolve(null)));
});
if (portError?.code === 'EADDRINUSE') {
  console.error(
    `parallax: Port ${port} on ${host} is already in use (another Parallax backend?). Stop what runs there, or choose another: PORT=8788 npm start.`,
  );
  process.exit(1);
}

console.log('Building the extension for Chrome and Firefox…');
for (const args of [
  ['wxt', 'build'],
  ['wxt', 'build', '-b', 'firefox'],
]) {
  const build = spawnSync(npx, args, { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(
      `\n\`npx ${args.join(' ')}\` failed (exit ${build.status}); see the output above.`,
    );
    process.exit(build.status ?? 1);
  }
}
console.log(`
Extension built. Load it unpacked:
  Chrome/Edge/Brave: chrome://extensions → Developer mode → Load unpacked → ${join(root, '.output/chrome-mv3')}
  Firefox:           about:debugging → This Firefox → Load Temporary Add-on → ${join(root, '.output/firefox-mv2/manifest.json')}
`);

const server = spawn(process.execPath, [join(root, 'bin/parallax.js'), 'serve'], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the server too (same process group), so this may be its second signal: serve
// shuts down once whatever the count. Passing it on covers a signal sent to this process alone.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
