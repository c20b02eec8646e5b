import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/index.js';

const CLI = join(import.meta.dirname, '..', 'src', 'cli.ts');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'order-process.bpmn');

function startCli(args: string[]): { child: ChildProcess; address: Promise<string>; output: () => string } {
  // tsx runs the TypeScript entry directly, so the test does not depend on a prior build.
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const address = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (\S+)/.exec(out);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`CLI exited early with ${code}: ${out}`)));
  });
  return { child, address, output: () => out };
}

describe('camunda-ts-engine CLI', () => {
  it('starts, serves GET /v2/topology, and stops cleanly on SIGINT', async () => {
    const { child, address, output } = startCli(['--port', '0', '--deploy', FIXTURE]);
    const rest = await address;
    expect(rest).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
    const topology = await fetch(`${rest}/topology`);
    expect(topology.status).toBe(200);
    expect(((await topology.json()) as { clusterSize: number }).clusterSize).toBe(1);
    const defs = await fetch(`${rest}/process-definitions/search`, { method: 'POST' });
    expect(
      ((await defs.json()) as { items: Array<{ processDefinitionId: string }> }).items[0]
        ?.processDefinitionId,
    ).toBe('order-process');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output()).toContain('Received SIGINT');
  });

  it('prints help, and rejects bad arguments with exit code 2', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) };
    expect(await runCli(['--help'], io)).toEqual({ exitCode: 0 });
    expect(lines.join('\n')).toContain('--auth <mode>');
    expect((await runCli(['--auth', 'kerberos'], io)).exitCode).toBe(2);
    expect((await runCli(['--port', 'x'], io)).exitCode).toBe(2);
    expect((await runCli(['--bogus'], io)).exitCode).toBe(2);
  });

  it('starts with OAuth and prints the token endpoint', async () => {
    const lines: string[] = [];
    const { engine, exitCode } = await runCli(['--port', '0', '--auth', 'oauth', '--client-id', 'me'], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
    });
    try {
      expect(exitCode).toBe(0);
      expect(lines.join('\n')).toContain(`OAuth token endpoint: ${engine?.oauthUrl}`);
      expect(lines.join('\n')).toContain('OAuth client id: me');
    } finally {
      await engine?.stop();
    }
  });

  it('issues OAuth tokens with the lifetime given by --token-ttl-ms', async () => {
    const { engine } = await runCli(['--port', '0', '--auth', 'oauth', '--token-ttl-ms', '2500'], {
      out: () => {},
      err: () => {},
    });
    try {
      const response = await fetch(engine?.oauthUrl as string, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&client_id=camunda-ts-test&client_secret=camunda-ts-test-secret',
      });
      const body = (await response.json()) as { expires_in: number };
      expect(response.status).toBe(200);
      expect(body.expires_in).toBeLessThanOrEqual(3);
    } finally {
      await engine?.stop();
    }
  });

  it('enforces authorizations and multi-tenancy when asked', async () => {
    const lines: string[] = [];
    const { engine, exitCode } = await runCli(
      ['--port', '0', '--auth', 'basic', '--authorizations', '--multi-tenancy'],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    try {
      expect(exitCode).toBe(0);
      expect(lines).toContain('Enforcing authorizations and multi-tenancy');
      if (engine === undefined) throw new Error('expected an engine');
      const call = (username: string, body: unknown) =>
        fetch(`${engine.restAddress}/users`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Basic ${Buffer.from(`${username}:${username}`).toString('base64')}`,
          },
          body: JSON.stringify(body),
        });
      expect((await call('demo', { username: 'guest', password: 'guest' })).status).toBe(201);
      // The new user may log in, but not create users.
      expect((await call('guest', { username: 'other', password: 'x' })).status).toBe(403);
      const me = await fetch(`${engine.restAddress}/authentication/me/authorizations/search`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
      });
      expect(((await me.json()) as { authorizationsEnabled: boolean }).authorizationsEnabled).toBe(true);
    } finally {
      await engine?.stop();
    }
  });
});
