// Prints each page's JavaScript, gzipped, after a build, and fails the build when a page's initial
// load (what its HTML pulls in before the first paint) is over budget. Issue #8: 150 KB for the pane.
'use strict';
const { gzipSync } = require('node:zlib');

const KB = 1024;

/** A chunk file's name without its hash, cut to a readable length. */
function shortName(file) {
  const name = file.replace(/\.[0-9a-f]{8}\.js$/, '');
  return name.length > 60 ? `${name.slice(0, 57)}…` : name;
}

class SizeBudget {
  /** @param {Record<string, number>} budgets initial gzip bytes allowed per entry */
  constructor(budgets, log = console.log) {
    this.budgets = budgets;
    this.log = log;
  }

  apply(compiler) {
    const { Compilation } = compiler.webpack;
    // At the report stage the files are minified and named, and their content is still in memory.
    compiler.hooks.thisCompilation.tap('SizeBudget', (compilation) => compilation.hooks.processAssets.tap({ name: 'SizeBudget', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
      const gz = (file) => gzipSync(compilation.assets[file].source(), { level: 9 }).length;
      const lines = ['Kích thước JavaScript (gzip) / JavaScript size (gzip):'];
      for (const [name, entry] of compilation.entrypoints) {
        const initial = entry.getFiles().filter((f) => f.endsWith('.js'));
        const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
        const lazy = new Set();
        const seen = new Set();
        const visit = (group) => {
          if (seen.has(group)) return;
          seen.add(group);
          for (const f of group.getFiles()) if (f.endsWith('.js') && !initial.includes(f)) lazy.add(f);
          for (const child of group.getChildren()) visit(child);
        };
        for (const child of entry.getChildren()) visit(child);
        const budget = this.budgets[name];
        lines.push(`  ${name.padEnd(11)} initial ${(initialBytes / KB).toFixed(1).padStart(6)} KB${budget ? ` (budget ${budget / KB} KB)` : ''}`);
        for (const f of [...lazy].sort()) lines.push(`  ${''.padEnd(11)} on demand ${(gz(f) / KB).toFixed(1).padStart(6)} KB  ${shortName(f)}`);
        if (budget && initialBytes > budget) {
          compilation.errors.push(new Error(`${name}: initial JavaScript is ${(initialBytes / KB).toFixed(1)} KB gzip, over its ${budget / KB} KB budget (issue #8). Load the new code on demand.`));
        }
      }
      this.log(lines.join('\n'));
    }));
  }
}

module.exports = { SizeBudget, KB };
