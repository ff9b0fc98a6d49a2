import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';
import { labExportNames } from './exports';
import { startLab } from './testing/lab-harness';

/** The value names (functions, consts, classes) lab.d.ts declares in `declare module 'lab'`. */
function declaredValues(): string[] {
  const text = readFileSync(new URL('./lab.d.ts', import.meta.url), 'utf8');
  const file = ts.createSourceFile('lab.d.ts', text, ts.ScriptTarget.Latest);
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    const exported = ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) names.push(node.name.text);
    if (exported && ts.isVariableStatement(node)) {
      for (const declaration of node.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // Overloads (fetchUser as a map() callback) declare one name several times.
  return [...new Set(names)];
}

test('lab.d.ts declares exactly the names the compiler lets a snippet import', () => {
  expect(declaredValues()).toEqual([...labExportNames]);
});

test('the library the sandbox installs has exactly those names', () => {
  const { lab } = startLab();
  expect(Object.keys(lab)).toEqual([...labExportNames]);
});
