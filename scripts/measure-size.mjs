import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Sizes of one file as a visitor's browser receives it: minified, gzip -9 and brotli -11. */
export function measure(source) {
  return {
    minified: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
