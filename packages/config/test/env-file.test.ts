import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/resolve-config.js';
import { configError, issueCodes, tempDir } from './support.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
  writeFileSync(
    join(dir.path, '.env'),
    'CAMUNDA_WORKER_NAME=from-dotenv\n# a comment\nOTHER_APP_SETTING=x\n',
  );
  mkdirSync(join(dir.path, 'conf'));
  writeFileSync(join(dir.path, 'conf', 'camunda.env'), 'CAMUNDA_WORKER_NAME="from path"\n');
});
afterEach(() => dir.remove());

describe('CAMUNDA_LOAD_ENVFILE', () => {
  it.each(['true', '1', 'yes', 'TRUE', 'on'])('%j loads ./.env from cwd', (setting) => {
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: setting }, cwd: dir.path });
    expect(config.worker.name).toBe('from-dotenv');
  });

  it('accepts true as an override', () => {
    const config = resolveConfig({ env: {}, overrides: { CAMUNDA_LOAD_ENVFILE: true }, cwd: dir.path });
    expect(config.worker.name).toBe('from-dotenv');
  });

  it('a path loads that file, relative to cwd', () => {
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'conf/camunda.env' }, cwd: dir.path });
    expect(config.worker.name).toBe('from path');
  });

  it('an absolute path loads that file', () => {
    const path = join(dir.path, 'conf', 'camunda.env');
    expect(resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: path } }).worker.name).toBe('from path');
  });

  it.each(['false', '0', 'no', 'off'])('%j loads nothing', (setting) => {
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: setting }, cwd: dir.path });
    expect(config.worker.name).toBeUndefined();
  });

  it('unset loads nothing', () => {
    expect(resolveConfig({ env: {}, cwd: dir.path }).worker.name).toBeUndefined();
  });

  it('a missing file is ignored', () => {
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'nope/missing.env' }, cwd: dir.path });
    expect(config.worker.name).toBeUndefined();
  });

  it('a missing ./.env is ignored', () => {
    const empty = tempDir();
    try {
      expect(
        resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'true' }, cwd: empty.path }).worker.name,
      ).toBeUndefined();
    } finally {
      empty.remove();
    }
  });

  it('a path that cannot be read (a directory) is an error naming the key and the path', () => {
    const error = configError({ env: { CAMUNDA_LOAD_ENVFILE: 'conf' }, cwd: dir.path });
    expect(issueCodes(error)).toEqual([['CAMUNDA_LOAD_ENVFILE', 'UNREADABLE_FILE']]);
    expect(error.issues[0]?.message).toContain(join(dir.path, 'conf'));
  });

  it('cannot be set from inside the env file itself', () => {
    writeFileSync(
      join(dir.path, '.env'),
      'CAMUNDA_LOAD_ENVFILE=conf/camunda.env\nCAMUNDA_WORKER_NAME=first\n',
    );
    const config = resolveConfig({ env: { CAMUNDA_LOAD_ENVFILE: 'true' }, cwd: dir.path });
    expect(config.worker.name).toBe('first');
  });

  it('never changes process.env', () => {
    const before = { ...process.env };
    const config = resolveConfig({
      env: process.env,
      overrides: { CAMUNDA_LOAD_ENVFILE: true },
      cwd: dir.path,
    });
    expect(config.worker.name).toBe(process.env.CAMUNDA_WORKER_NAME ?? 'from-dotenv');
    expect(process.env).toEqual(before);
    expect(process.env.OTHER_APP_SETTING).toBe(before.OTHER_APP_SETTING);
  });

  it('never changes the env object it is given', () => {
    const env = Object.freeze({ CAMUNDA_LOAD_ENVFILE: 'true' });
    expect(resolveConfig({ env, cwd: dir.path }).worker.name).toBe('from-dotenv');
    expect(env).toEqual({ CAMUNDA_LOAD_ENVFILE: 'true' });
  });

  it('reads process.env when no env is given', () => {
    const key = 'CAMUNDA_WORKER_NAME';
    const previous = process.env[key];
    process.env[key] = 'from-process-env';
    try {
      expect(resolveConfig({ cwd: dir.path }).worker.name).toBe('from-process-env');
    } finally {
      if (previous === undefined) delete process.env[key];
      else process.env[key] = previous;
    }
  });
});
