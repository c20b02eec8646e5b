import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { npmPackSize, packageClosure, packedSize } from '../src/footprint/package-closure.js';

// A pnpm-like layout: packages live in a store and see their dependencies as siblings.
const root = mkdtempSync(join(tmpdir(), 'bench-closure-'));
const store = join(root, 'node_modules', '.pnpm');

function pkg(name: string, manifest: Record<string, unknown>, files: Record<string, number>): string {
  const dir = join(store, `${name}@1.0.0`, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...manifest }));
  for (const [file, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'x'.repeat(bytes));
  }
  return dir;
}

function link(from: string, dep: string, target: string): void {
  const at = join(from, '..', dep);
  symlinkSync(target, at);
}

const app = pkg(
  'app',
  {
    dependencies: { lib: '1', shared: '1' },
    peerDependencies: { peer: '1', opt: '1' },
    peerDependenciesMeta: { opt: { optional: true } },
  },
  { 'index.js': 100 },
);
const lib = pkg('lib', { dependencies: { shared: '1' } }, { 'index.js': 50, 'dist/a.js': 25 });
const shared = pkg('shared', {}, { 'index.js': 10 });
const peer = pkg('peer', {}, { 'index.js': 5 });
const opt = pkg('opt', {}, { 'index.js': 1_000 });
link(app, 'lib', lib);
link(app, 'shared', shared);
link(app, 'peer', peer);
link(app, 'opt', opt);
link(lib, 'shared', shared);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('packageClosure', () => {
  it('counts each package of the closure once, with non-optional peers but not optional ones', async () => {
    const closure = await packageClosure(app, join(root, 'workspace'));
    const byName = Object.fromEntries(closure.map((e) => [e.name, e]));
    expect(Object.keys(byName).sort()).toEqual(['app', 'lib', 'peer', 'shared']);
    expect(closure.filter((e) => e.name === 'shared')).toHaveLength(1);
  });
  it('sums the bytes of every file, package.json included, and nothing under nested node_modules', async () => {
    const closure = await packageClosure(app, join(root, 'workspace'));
    const lib = closure.find((e) => e.name === 'lib');
    const manifestBytes = JSON.stringify({
      name: 'lib',
      version: '1.0.0',
      dependencies: { shared: '1' },
    }).length;
    expect(lib).toMatchObject({ files: 3, bytes: 75 + manifestBytes, workspace: false });
  });
  it('fails loudly when a required dependency is not installed', async () => {
    const broken = pkg('broken', { dependencies: { ghost: '1' } }, {});
    await expect(packageClosure(broken, join(root, 'workspace'))).rejects.toThrow('broken needs ghost');
  });
});

describe('packedSize', () => {
  it('agrees with `npm pack --dry-run` on a package of this repo', async () => {
    const dir = join(import.meta.dirname ?? '', '..', '..', 'packages', 'backpressure');
    const [ours, npm] = await Promise.all([packedSize(dir), npmPackSize(dir)]);
    expect(ours).toEqual(npm);
  });
});
