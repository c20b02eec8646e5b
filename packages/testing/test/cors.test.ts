import { afterEach, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine, type TestEngineOptions } from '../src/index.js';

describe('CORS', () => {
  let engine: TestEngine | undefined;
  async function stopEngine() {
    await engine?.stop();
    engine = undefined;
  }
  afterEach(stopEngine);

  async function preflight(origin: string, options: TestEngineOptions = {}) {
    engine ??= await startTestEngine(options);
    const res = await fetch(`${engine.restAddress}/process-instances`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    await res.arrayBuffer();
    return res;
  }

  async function topology(origin: string) {
    const res = await fetch(`${(engine as TestEngine).restAddress}/topology`, { headers: { origin } });
    await res.arrayBuffer();
    return res;
  }

  it('answers preflights and admits pages served from this machine by default', async () => {
    const res = await preflight('http://127.0.0.1:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    const answer = await topology('http://localhost:3000');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('gives other sites no CORS headers by default', async () => {
    const res = await preflight('https://example.org');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.status).not.toBe(204);
    const answer = await topology('https://example.org');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('can be switched off, opened to every origin, or limited to a list', async () => {
    expect(
      (await preflight('http://127.0.0.1:5173', { cors: false })).headers.get('access-control-allow-origin'),
    ).toBeNull();
    await stopEngine();
    expect(
      (await preflight('https://example.org', { cors: true })).headers.get('access-control-allow-origin'),
    ).toBe('https://example.org');
    await stopEngine();
    const listed = { cors: ['https://app.example.org'] };
    expect((await preflight('https://app.example.org', listed)).status).toBe(204);
    expect((await topology('http://127.0.0.1:5173')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rejects a cors option of the wrong kind', async () => {
    await expect(startTestEngine({ cors: 'yes' as never })).rejects.toThrow(/cors must be/);
  });
});
