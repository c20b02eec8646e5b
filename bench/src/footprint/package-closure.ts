import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One installed package of a dependency closure. */
export interface ClosureEntry {
  readonly name: string;
  readonly version: string;
  /** Bytes of its files (what npm calls the unpacked size). */
  readonly bytes: number;
  readonly files: number;
  /** A workspace package, sized by what `npm pack` would publish rather than by its folder. */
  readonly workspace: boolean;
}

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

/** Finds `dep` as Node would from `fromDir`: the nearest `node_modules/<dep>` up the tree. */
function resolvePackageDir(fromDir: string, dep: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', dep);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Size of an installed package folder, not descending into nested node_modules. */
async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const walk = async (d: string): Promise<void> => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        bytes += (await lstat(path)).size;
        files += 1;
      }
    }
  };
  await walk(dir);
  return { bytes, files };
}

/** Files npm always publishes from a package root, whatever `files` says. */
const ALWAYS_PUBLISHED = /^(package\.json|readme(\..*)?|license(\..*)?|licence(\..*)?)$/i;

/**
 * What `npm pack` would publish from a workspace package, computed from its `files` list (plain paths, as this
 * repo's packages use); a list with glob patterns is left to `npm pack --dry-run` itself.
 */
export async function packedSize(dir: string): Promise<{ bytes: number; files: number }> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { files?: string[] };
  const entries = manifest.files;
  if (entries === undefined || entries.some((e) => /[*?[{!]/.test(e))) return npmPackSize(dir);
  const paths = new Set<string>();
  for (const name of readdirSync(dir)) if (ALWAYS_PUBLISHED.test(name)) paths.add(join(dir, name));
  const add = (path: string): void => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const child of readdirSync(path))
        if (child !== 'node_modules' && child !== '.git') add(join(path, child));
    } else paths.add(path);
  };
  for (const entry of entries) add(join(dir, entry.replace(/^\.?\//, '').replace(/\/$/, '')));
  let bytes = 0;
  for (const path of paths) bytes += statSync(path).size;
  return { bytes, files: paths.size };
}

/** What `npm pack --dry-run` reports for a package folder. */
export async function npmPackSize(dir: string): Promise<{ bytes: number; files: number }> {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const [report] = JSON.parse(stdout) as Array<{ unpackedSize: number; entryCount: number }>;
  if (report === undefined) throw new Error(`npm pack reported nothing for ${dir}`);
  return { bytes: report.unpackedSize, files: report.entryCount };
}

/**
 * The package at `rootDir` and everything an install of it would bring: `dependencies`, installed
 * `optionalDependencies`, and non-optional `peerDependencies` (npm installs those too), resolved through
 * node_modules as Node resolves them. Folders under `workspaceRoot` are workspace packages, sized by their
 * `npm pack` file list (so sources and tests in the repo are not counted); all others by their installed files.
 */
export async function packageClosure(
  rootDir: string,
  workspaceRoot: string,
  sizeCache: Map<string, Promise<{ bytes: number; files: number }>> = new Map(),
): Promise<ClosureEntry[]> {
  const seen = new Set<string>();
  const found: Array<{ dir: string; manifest: Manifest; workspace: boolean }> = [];
  const queue = [realpathSync(rootDir)];
  const workspacePrefix = workspaceRoot.endsWith(sep) ? workspaceRoot : workspaceRoot + sep;
  while (queue.length > 0) {
    const dir = queue.shift()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = readManifest(dir);
    const workspace = dir.startsWith(workspacePrefix) && !dir.includes(`${sep}node_modules${sep}`);
    found.push({ dir, manifest, workspace });
    const peers = Object.keys(manifest.peerDependencies ?? {}).filter(
      (name) => manifest.peerDependenciesMeta?.[name]?.optional !== true,
    );
    const required = [...Object.keys(manifest.dependencies ?? {}), ...peers];
    for (const dep of required) {
      const depDir = resolvePackageDir(dir, dep);
      if (depDir === null) throw new Error(`${manifest.name} needs ${dep}, which is not installed`);
      queue.push(depDir);
    }
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) {
      const depDir = resolvePackageDir(dir, dep);
      if (depDir !== null) queue.push(depDir);
    }
  }
  // Sizes are taken in parallel (each workspace package costs an `npm pack` process) and shared across closures.
  return Promise.all(
    found.map(async ({ dir, manifest, workspace }) => {
      let size = sizeCache.get(dir);
      if (size === undefined) {
        size = workspace ? packedSize(dir) : folderSize(dir);
        sizeCache.set(dir, size);
      }
      return { name: manifest.name, version: manifest.version, ...(await size), workspace };
    }),
  );
}
