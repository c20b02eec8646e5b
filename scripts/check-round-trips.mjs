#!/usr/bin/env node
// Which operations of the spec have a round trip through their @camunda-ts/client method against the in-memory
// engine. An operation counts as implemented when the engine (built: packages/testing/dist) answers it with
// anything but 501 NOT_IMPLEMENTED; it counts as having a round trip when a test of packages/client (or an
// example) that runs against the engine calls the client method of that name. Prints
// `operations with a round trip: N/T`, lists what is missing, writes the counts to
// packages/client/.test-results/round-trips.json, and fails only when an implemented operation has no round trip.
// `--self-test` checks that a missing round trip of an implemented operation is caught.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { operations } = await import(pathToFileURL(join(root, 'packages/types/dist/operations.js')).href);
const { startTestEngine } = await import(pathToFileURL(join(root, 'packages/testing/dist/index.js')).href);

/**
 * Files that run client calls against the engine: client tests that reach @camunda-ts/testing, and the examples
 * (examples/scripts/run-all.ts runs every one against the engine in fidelity mode).
 */
const SOURCES = [
  { dir: 'packages/client/test', always: false },
  { dir: 'examples/src', always: true },
];

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : filesUnder(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** True when the file, or a module it imports by a relative path, imports @camunda-ts/testing. */
function reachesEngine(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (text.includes("'@camunda-ts/testing'")) return true;
  for (const match of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), match[1].replace(/\.js$/, '.ts'));
    if (reachesEngine(target, seen)) return true;
  }
  return false;
}

const operationIds = Object.keys(operations).sort();
const called = new Map();
for (const source of SOURCES) {
  for (const file of filesUnder(join(root, source.dir))) {
    if (!source.always && !reachesEngine(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\.\s*([a-zA-Z]+)\s*\(/g)) {
      const name = match[1];
      if (!Object.hasOwn(operations, name)) continue;
      if (!called.has(name)) called.set(name, new Set());
      called.get(name).add(file.slice(root.length));
    }
  }
}

// The sweep: one request per operation; a handler the engine lacks answers 501 before anything else is read.
const engine = await startTestEngine({ validateRequests: false });
const origin = engine.restAddress.replace(/\/v2$/, '');
const implemented = new Set();
try {
  for (const id of operationIds) {
    const spec = operations[id];
    const path = spec.path.replace(/\{[^}]+\}/g, '1');
    const url = spec.path.startsWith('/cluster/') ? `${origin}${path}` : `${engine.restAddress}${path}`;
    const init = { method: spec.method };
    if (spec.method !== 'GET' && spec.method !== 'DELETE') {
      if (spec.requestContentType === 'multipart/form-data') init.body = new FormData();
      else {
        init.body = '{}';
        init.headers = { 'content-type': 'application/json' };
      }
    }
    const res = await fetch(url, init);
    const text = await res.text();
    const notImplemented = res.status === 501 && text.includes('NOT_IMPLEMENTED');
    if (!notImplemented) implemented.add(id);
  }
} finally {
  await engine.stop();
}

/** Implemented operations without a round trip: what fails the check. */
const unmatched = (roundTrips) => operationIds.filter((id) => implemented.has(id) && !roundTrips.has(id));

// --self-test: forget the round trip of one implemented operation and expect the check to name it and fail.
if (process.argv.includes('--self-test')) {
  const victim = operationIds.find((id) => implemented.has(id) && called.has(id));
  if (victim === undefined) {
    console.error('self-test: no implemented operation with a round trip to remove');
    process.exit(1);
  }
  called.delete(victim);
  const ok = unmatched(called).includes(victim);
  console.log(
    ok
      ? `self-test: removing the round trip of ${victim} is reported and fails the check`
      : `self-test: removing the round trip of ${victim} went unnoticed`,
  );
  process.exit(ok ? 0 : 1);
}

const withRoundTrip = operationIds.filter((id) => called.has(id));
const missing = operationIds.filter((id) => !called.has(id));
const implementedMissing = unmatched(called);
const notImplemented = operationIds.filter((id) => !implemented.has(id));

console.log(`operations the engine implements: ${implemented.size}/${operationIds.length}`);
if (notImplemented.length > 0) {
  console.log(`answered 501 (${notImplemented.length}): ${notImplemented.join(', ')}`);
}
if (missing.length > 0) console.log(`without a round trip (${missing.length}): ${missing.join(', ')}`);
if (implementedMissing.length > 0) {
  console.log(
    `implemented but without a round trip (${implementedMissing.length}): ${implementedMissing.join(', ')}`,
  );
}
console.log(`operations with a round trip: ${withRoundTrip.length}/${operationIds.length}`);

const out = join(root, 'packages/client/.test-results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'round-trips.json'),
  `${JSON.stringify({ withRoundTrip: withRoundTrip.length, total: operationIds.length, implemented: implemented.size, missing, notImplemented }, null, 2)}\n`,
);
process.exit(implementedMissing.length > 0 ? 1 : 0);
