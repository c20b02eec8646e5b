import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDefaultLogger } from '../src/create-default-logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { lines, destination };
}

describe('createDefaultLogger', () => {
  it('masks authorization headers, tokens and secrets at any depth', () => {
    const { lines, destination } = capture();
    const logger = createDefaultLogger({ level: 'trace', destination });
    logger.trace(
      {
        authorization: 'Bearer top-secret-1',
        headers: { authorization: 'Bearer top-secret-2', 'proxy-authorization': 'Basic top-secret-3' },
        request: {
          headers: { authorization: 'Bearer top-secret-4' },
          body: { client_secret: 'top-secret-5' },
        },
        access_token: 'top-secret-6',
        password: 'top-secret-7',
        operationId: 'getTopology',
      },
      'request',
    );
    const output = lines.join('');
    expect(output).toContain('getTopology');
    expect(output).not.toMatch(/top-secret/);
    expect(output).toContain('***');
  });

  it('logs at the configured level and below only', () => {
    const { lines, destination } = capture();
    const logger = createDefaultLogger({ level: 'warn', destination });
    logger.info({ a: 1 }, 'dropped');
    logger.warn({ a: 2 }, 'kept');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: 'kept', a: 2, name: 'camunda-ts' });
  });

  it('treats silly as the most verbose level and silent as off', () => {
    const silly = capture();
    createDefaultLogger({ level: 'silly', destination: silly.destination }).trace({}, 'x');
    expect(silly.lines).toHaveLength(1);
    const silent = capture();
    createDefaultLogger({ level: 'silent', destination: silent.destination }).error({}, 'x');
    expect(silent.lines).toHaveLength(0);
  });

  it('lets children follow a level set after they were made, and says which levels are enabled', () => {
    const { lines, destination } = capture();
    const logger = createDefaultLogger({ level: 'error', destination });
    const child = logger.child({ jobKey: '7' });
    child.info({}, 'dropped');
    expect(logger.isLevelEnabled('info')).toBe(false);
    logger.level = 'info';
    expect(logger.isLevelEnabled('info')).toBe(true);
    expect(child.isLevelEnabled('debug')).toBe(false);
    child.info({ a: 1 }, 'kept');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: 'kept', a: 1, jobKey: '7', level: 30 });
    expect(() => {
      logger.level = 'loud' as never;
    }).toThrow(/loud/);
  });

  it('writes a record without a message', () => {
    const { lines, destination } = capture();
    createDefaultLogger({ level: 'info', destination }).info({ a: 3 });
    expect(JSON.parse(lines[0] as string)).toMatchObject({ a: 3 });
    expect(JSON.parse(lines[0] as string)).not.toHaveProperty('msg');
  });
});
