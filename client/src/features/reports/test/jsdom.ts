// Imported first by the component tests: jsdom lacks what react-router and Apollo use from the platform.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
