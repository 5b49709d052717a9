// Which source file uses which @lit/localize message, found the way `lit-localize extract` finds
// them (the same analysis, from @lit/localize-tools), so a bundle's translation files can carry only
// the messages of the modules inside it.
import { resolve } from 'node:path';
import ts from 'typescript';
import { readTsConfig } from '@lit/localize-tools/lib/typescript.js';
import {
  extractOptions,
  extractTemplate,
  generateMsgIdFromAstNode,
  isMsgCall,
} from '@lit/localize-tools/lib/program-analysis.js';

/** Message ids by absolute source path. A message used in two files is listed under both. */
export function messageIdsByFile(tsconfig = 'tsconfig.json') {
  const { fileNames, options } = readTsConfig(tsconfig);
  const program = ts.createProgram(fileNames, options);
  const checker = program.getTypeChecker();
  const byFile = new Map();
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile) continue;
    const ids = new Set();
    const visit = (node) => {
      if (isMsgCall(node, checker)) {
        const template = extractTemplate(node.arguments[0], file, checker);
        const options = extractOptions(node.arguments[1], file);
        if (template.error || options.error) throw new Error(`message-ids: ${file.fileName}: cannot read a msg() call`);
        const { template: literal, tag } = template.result;
        ids.add(options.result.id ?? generateMsgIdFromAstNode(literal, tag === 'html'));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    // The program names a file relative to the project when it is a root, absolute when reached by
    // an import first; Rollup's module ids are absolute.
    if (ids.size) byFile.set(resolve(file.fileName), ids);
  }
  return byFile;
}
