import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledModule } from '../support/transpile';

/**
 * Issue #17: a run killed while it writes (SIGKILL: no handler runs, no cleanup) leaves the previous
 * output whole. The writer runs in a child process that stops itself after its first chunk reached
 * the disk and tells the parent, which kills it there.
 */
jest.setTimeout(60_000);

it('a SIGKILL in the middle of writing leaves the previous output intact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unionplan-killed-'));
  const target = join(dir, 'tong-hop.xlsx');
  writeFileSync(target, 'bản tổng hợp trước');
  const output = compiledModule('src/cli/output.ts');
  const child = join(dir, 'child.js');
  writeFileSync(child, `
    const fs = require('fs');
    const write = fs.writeSync;
    let chunks = 0;
    fs.writeSync = function (...args) {
      const n = write.apply(fs, args);
      if (++chunks === 2) {
        write.call(fs, 1, 'MID-WRITE\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // until killed
      }
      return n;
    };
    require(${JSON.stringify(output)}).writeOutputs([{ path: ${JSON.stringify(target)}, data: Buffer.alloc(8 << 20, 65) }], true);
  `);
  const proc = spawn(process.execPath, [child], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  await new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => { if (d.toString().includes('MID-WRITE')) resolve(); });
    proc.on('exit', () => reject(new Error(`the child ended before writing: ${stderr}`)));
  });
  proc.removeAllListeners('exit');
  const ended = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)));
  proc.kill('SIGKILL');
  expect(await ended).toBe('SIGKILL');

  expect(readFileSync(target, 'utf8')).toBe('bản tổng hợp trước');
  // It was killed mid-write: a partial temporary file, beside the untouched output, never under its name.
  const partial = readdirSync(dir).filter((n) => n.endsWith('.unionplan.tmp'));
  expect(partial).toHaveLength(1);
  expect(partial[0].startsWith('.tong-hop.xlsx.')).toBe(true);
  const size = statSync(join(dir, partial[0])).size;
  expect(size).toBeGreaterThan(0);
  expect(size).toBeLessThan(8 << 20);
});
