/**
 * The Packer.compiler hook (src/render/docx/render-docx.ts, ARCHITECTURE.md §8): the .docx is
 * compiled by docx's private static `Packer.compiler` and zipped by package.ts, never by
 * docx's own `Packer.pack` (which every public export, `Packer.toBuffer` and the others,
 * runs: it compiles the same parts, then zips them with fflate in JavaScript). Both give the
 * same bytes once package.ts has edited the parts, so only the calls show whether the hook
 * is in use: bypassed through any public export, `Packer.pack` is called here; after a docx
 * upgrade that drops the compiler, renderDocx throws instead.
 */
import { Packer } from 'docx';
import { expect, it, vi } from 'vitest';
import { renderDocx } from '../../src/render/docx/render-docx.js';
import { samplePlan, sampleTree } from './sample-tree.js';

it("compiles the package's parts with docx's private Packer.compiler and zips them itself", () => {
  const compiler = (Packer as unknown as { compiler: { compile(...args: unknown[]): unknown } }).compiler;
  const compile = vi.spyOn(compiler, 'compile');
  const pack = vi.spyOn(Packer, 'pack');
  try {
    renderDocx(sampleTree(), { plan: samplePlan() });
    expect(compile, 'the .docx was not compiled through Packer.compiler').toHaveBeenCalledTimes(1);
    expect(pack, "the .docx went through docx's own Packer.pack").not.toHaveBeenCalled();
  } finally {
    compile.mockRestore();
    pack.mockRestore();
  }
});
