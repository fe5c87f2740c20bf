import { TextDecoder, TextEncoder } from 'node:util';

// Every browser the pane runs in has these; jsdom does not, so the tests lend Node's.
Object.assign(globalThis, { TextDecoder, TextEncoder });
