import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');

/**
 * A source module and the project modules it imports, compiled to CommonJS in a folder of their
 * own, for a test that must run it in a separate Node process (one it can kill). Returns the path of
 * the entry's JavaScript.
 */
export function compiledModule(entry: string): string {
  const out = mkdtempSync(join(tmpdir(), 'unionplan-compiled-'));
  const done = new Set<string>();
  const compile = (file: string) => {
    if (done.has(file)) return;
    done.add(file);
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
    for (const m of source.matchAll(/from '(\.{1,2}\/[^']+)'/g)) compile(resolve(dirname(file), `${m[1]}.ts`));
  };
  const file = resolve(ROOT, entry);
  compile(file);
  return join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
}
