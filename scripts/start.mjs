// `npm start`: build the extension, say where to load it from, then run the backend on the
// embedded SQLite database (migrated and loaded with the curated catalog on first start).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

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
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
