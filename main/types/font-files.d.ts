/**
 * A font file imported as its bytes: esbuild's `binary` loader in the build (main/build/bundle.mjs)
 * and a small plugin in test/vitest.config.ts do the same, so fonts need no path at run time.
 */
declare module '*.ttf' {
  const bytes: Uint8Array;
  export default bytes;
}
