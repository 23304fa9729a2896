// The engine client against a real HTTP server on a unix socket (the shape of a Docker engine).
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngineClient, EngineApiError, type EngineClient } from './engine-client.js';

let server: Server;
let client: EngineClient;
const methods: string[] = [];

beforeAll(async () => {
  const socketPath = join(mkdtempSync(join(tmpdir(), 'plt-ec-')), 'engine.sock');
  server = createServer((request, response) => {
    methods.push(request.method ?? '');
    if (request.url === '/info') return response.end('{"Name":"box"}');
    if (request.url === '/containers/x/json') return response.writeHead(404).end('{"message":"No such container: x"}');
    if (request.url?.startsWith('/stats/')) {
      response.write('{}\n');
      return undefined;
    }
    if (request.url === '/events') {
      response.write('{"a":1}\n');
      return setTimeout(() => response.end('{"b":2}\n'), 20);
    }
    return response.writeHead(500).end('{"message":"engine is sad"}');
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  client = createEngineClient({ kind: 'unix', socketPath });
});

afterAll(async () => {
  client.close();
  await new Promise((resolve) => server.close(resolve));
});

it('reads JSON, treats 404 as absent, and explains other failures', async () => {
  expect(await client.getJson('/info')).toEqual({ Name: 'box' });
  expect(await client.getJsonIfExists('/containers/x/json')).toBeUndefined();
  const failure = await client.getJson('/volumes').catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(EngineApiError);
  expect(failure).toMatchObject({ statusCode: 500, message: 'GET /volumes answered 500: engine is sad' });
});

it('streams a body as it comes', async () => {
  const stream = await client.getStream('/events');
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(String(chunk));
  expect(chunks.join('')).toBe('{"a":1}\n{"b":2}\n');
});

it('keeps answering short requests while many streams stay open', async () => {
  const streams = await Promise.all(Array.from({ length: 40 }, (_, i) => client.getStream(`/stats/${i}`)));
  expect(await client.getJson('/info')).toEqual({ Name: 'box' });
  for (const stream of streams) stream.destroy();
});

it('only ever sends GET', () => {
  expect(new Set(methods)).toEqual(new Set(['GET']));
});

it('says plainly when nothing listens', async () => {
  const nowhere = createEngineClient({ kind: 'unix', socketPath: '/nonexistent/docker.sock' });
  await expect(nowhere.getJson('/info')).rejects.toThrow(/ENOENT/);
  nowhere.close();
});
