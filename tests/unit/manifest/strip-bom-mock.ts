// @microsoft/app-manifest requires strip-bom@5, which is ESM-only. Plain Node 20.19+ loads it
// (require(esm)), but jest's CommonJS runtime cannot before Node 24.9. Tests that load the
// validator import this file first; it swaps in the same one-line behaviour. A jest config
// `moduleNameMapper` for strip-bom would make this unnecessary.
jest.mock('strip-bom', () => ({
  __esModule: true,
  default: (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));
