import { TextDecoder, TextEncoder } from 'node:util';

// React Router makes a TextEncoder as it loads, and jsdom has none: component tests import this first.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
