// Runs the search page's engine (templates/assets/search.js, as the site ships it) on a built site with
// Node, and prints for each query what the first query loads: the page's own files, the index's table of
// contents, the postings parts of its words and the documents parts of the twenty results it shows.
// Usage: node bench/search-bytes.js SITE_DIR QUERY...   (bench/search-bytes.sh builds a corpus first)
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const site = process.argv[2];
const queries = process.argv.slice(3);
const { Engine } = require(path.resolve(site, 'assets/search.js'));
const size = (f) => fs.statSync(path.join(site, f)).size;

function script(file, sandbox) {
  vm.runInNewContext(fs.readFileSync(path.join(site, file), 'utf8'), sandbox, { filename: file });
}
const contents = { window: {} };
script('assets/search/index.js', contents);
const index = contents.window.EDITION_SEARCH_INDEX;
const page = ['search.html', 'assets/search.js', 'assets/search/index.js', 'assets/edition.css', 'assets/edition.js', 'assets/theme.js'];
const pageBytes = page.reduce((n, f) => n + size(f), 0);

(async () => {
  console.log(`${index.documents} documents, ${index.parts.length} postings parts; the page and its table of contents: ${(pageBytes / 1024).toFixed(0)} KB`);
  console.log('query'.padEnd(28) + 'results'.padStart(8) + 'postings'.padStart(12) + 'documents'.padStart(12) + 'first query'.padStart(14) + '   ms');
  let worst = 0;
  for (const q of queries) {
    const loaded = new Set();
    const load = (name) => new Promise((resolve) => {
      const file = `assets/search/${name}.js`;
      loaded.add(file);
      script(file, { EDITION_SEARCH_PART: (n, data) => resolve(data) });
    });
    const engine = new Engine(index, load);
    const start = process.hrtime.bigint();
    const results = await engine.search(q);
    await engine.documents(results.slice(0, 20).map((r) => r.doc));
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const bytes = (prefix) => [...loaded].filter((f) => f.startsWith(prefix)).reduce((n, f) => n + size(f), 0);
    const postings = bytes('assets/search/t');
    const documents = bytes('assets/search/d');
    const total = pageBytes + postings + documents;
    worst = Math.max(worst, total);
    console.log(q.padEnd(28) + String(results.length).padStart(8) + `${(postings / 1024).toFixed(0)} KB`.padStart(12)
      + `${(documents / 1024).toFixed(0)} KB`.padStart(12) + `${(total / 1024).toFixed(0)} KB`.padStart(14) + `${ms.toFixed(0)}`.padStart(6));
  }
  console.log(`the most a first query loaded: ${(worst / 1024).toFixed(0)} KB`);
})();
