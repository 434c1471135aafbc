import { build } from 'vite';

/**
 * `entry` bundled as one minified IIFE that assigns its exports to `globalName`, built the way
 * the extension's scripts are, for the benches that time code inside a Chromium page.
 */
export async function iifeBundle(entry: string, globalName: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, name: globalName, formats: ['iife'], fileName: () => 'bundle.js' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('vite build returned no bundle');
  const chunk = result.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('vite build returned no JS chunk');
  return chunk.code;
}
