// Lists the routes whose handler can throw a 409, 422 or 429 (following its calls through the program)
// that its config's `refuses` does not list, so the OpenAPI document would not tell clients of it.
// Run: node scripts/api-refusals.js (slow: it type-checks the whole program). Exits 1 on a mismatch.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src') + path.sep;
const REFUSALS = [409, 422, 429];
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, ts.sys);
const program = ts.createProgram(config.fileNames, config.options);
const checker = program.getTypeChecker();
const inProduct = (file) => file.startsWith(src) && !file.endsWith('.test.ts');

/** The function bodies an identifier names, within the product's sources. */
function bodiesNamedBy(id) {
  let symbol = checker.getSymbolAtLocation(id);
  if (!symbol) return [];
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return (symbol.declarations ?? []).flatMap((d) => {
    if (!inProduct(d.getSourceFile().fileName)) return [];
    if ((ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d)) && d.body) return [d];
    const init = ts.isVariableDeclaration(d) ? d.initializer : undefined;
    return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? [init] : [];
  });
}

const seen = new Map();
/** The refusals a piece of code can throw: its own `new HttpProblem(4xx` and those of what it names. */
function refusalsOf(node) {
  if (seen.has(node)) return seen.get(node);
  const out = new Set();
  seen.set(node, out);
  const visit = (n) => {
    if (ts.isNewExpression(n) && n.expression.getText() === 'HttpProblem' && n.arguments?.[0]) {
      const status = Number(n.arguments[0].getText());
      if (REFUSALS.includes(status)) out.add(status);
    }
    if (ts.isIdentifier(n)) for (const body of bodiesNamedBy(n)) for (const s of refusalsOf(body)) out.add(s);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(node, visit);
  return out;
}

const routes = [];
for (const file of program.getSourceFiles()) {
  if (!inProduct(file.fileName)) continue;
  const visit = (n) => {
    const [url, options, handler] = ts.isCallExpression(n) ? n.arguments : [];
    if (
      handler &&
      ts.isPropertyAccessExpression(n.expression) &&
      ['get', 'post', 'put', 'patch', 'delete'].includes(n.expression.name.text) &&
      ts.isStringLiteral(url) &&
      url.text.startsWith('/')
    ) {
      const listed = options.getText().match(/refuses:\s*\[([^\]]*)\]/)?.[1] ?? '';
      routes.push({ name: `${n.expression.name.text.toUpperCase()} ${url.text}`, file, handler, listed });
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
}
// Twice, so a cycle of calls settles.
for (let pass = 0; pass < 2; pass++) {
  seen.clear();
  for (const r of routes) r.throws = [...refusalsOf(r.handler)].sort().join(', ');
}
const wrong = routes.filter((r) => r.throws !== r.listed.split(/,\s*/).filter(Boolean).sort().join(', '));
for (const r of wrong)
  console.log(
    `${r.name} (${path.relative(root, r.file.fileName)}): throws [${r.throws}], lists [${r.listed}]`,
  );
console.log(`${routes.length} routes, ${wrong.length} whose refuses does not match what they throw.`);
process.exitCode = wrong.length ? 1 : 0;
