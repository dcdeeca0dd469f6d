// What BENCHMARKS.md and the root README say the compared tools do and lack, checked against the
// versions installed here: their clients and hooks are generated from the project's document (as
// the bench does), then called against a real local server (Monite's 404 body with an
// `x-request-id`, a 503, a 401), and their generated code is read for error classes and cache work.
import { once } from 'node:events'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createMoniteClient, type paths } from '@monite-kit/client'
import { QueryClient } from '@tanstack/react-query'
import createFetchClient from 'openapi-fetch'
import createQueryClient from 'openapi-react-query'
import { generate as orvalGenerate } from 'orval'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Competitors, generateCompetitors } from '../src/competitors'
import { projectSpecPath } from '../src/paths'

const USER_ID = '5b4daced-6b9a-4707-83c6-08193d999fab'
const NOT_FOUND = { error: { message: 'Entity user not found' } }
/** What the server answers `GET /v1/entity_users/{id}` with, by id. */
const ANSWERS: Record<string, [number, unknown]> = {
  [USER_ID]: [404, NOT_FOUND],
  unavailable: [503, { error: { message: 'Service unavailable' } }],
  revoked: [401, { error: { message: 'Token revoked' } }],
}
/** Requests the server received, by id, and the last `authorization` it saw. */
const hits = new Map<string, number>()
let lastAuthorization: string | undefined
const headers = {
  authorization: 'Bearer tok',
  'x-monite-version': '2024-05-25',
  'x-monite-entity-id': 'e1',
}

let server: Server
let baseUrl: string
let generated: Competitors
const load = (file: string) => import(pathToFileURL(file).href)

/** Every generated TypeScript file, keyed by its path. */
async function sources(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) {
      const path = join(entry.parentPath, entry.name)
      files.set(path, await readFile(path, 'utf8'))
    }
  }
  return files
}

/** What a call settles with: `{ resolved }` or `{ rejected }`. */
const settle = (promise: Promise<unknown>) =>
  promise.then(
    (resolved) => ({ resolved }),
    (rejected: unknown) => ({ rejected }),
  )

beforeAll(async () => {
  server = createServer((req, res) => {
    // Only the expected calls get an answer from ANSWERS; anything else fails the assertions.
    const id = /^\/v1\/entity_users\/([^/?]+)$/.exec(req.url ?? '')?.[1] ?? ''
    const answer = req.method === 'GET' ? ANSWERS[id] : undefined
    hits.set(id, (hits.get(id) ?? 0) + 1)
    lastAuthorization = req.headers.authorization
    const [status, body] = answer ?? [400, { error: { message: `${req.method} ${req.url}` } }]
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-123' })
    res.end(JSON.stringify(body))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  // orval bakes the API root into its URLs, so the server comes first.
  generated = await generateCompetitors(baseUrl, { react: true })
}, 120_000)

afterAll(async () => {
  await generated?.cleanup()
  server?.close()
})

describe('an error answer (404 with a body and x-request-id) through each compared tool', () => {
  it('openapi-react-query throws the parsed body, not an Error', async () => {
    const $api = createQueryClient(createFetchClient<paths>({ baseUrl, headers }))
    const options = $api.queryOptions('get', '/entity_users/{entity_user_id}', {
      params: { path: { entity_user_id: USER_ID }, header: headers },
    })
    const outcome = await settle(new QueryClient().fetchQuery({ ...options, retry: false }))
    expect(outcome).toEqual({ rejected: NOT_FOUND })
    expect((outcome as { rejected: unknown }).rejected).not.toBeInstanceOf(Error)
  })

  it("hey-api's SDK, as its TanStack Query options call it (throwOnError), throws the parsed body", async () => {
    const { client } = await load(join(generated.heyApiDir, 'client.gen.ts'))
    const sdk = await load(join(generated.heyApiDir, 'sdk.gen.ts'))
    client.setConfig({ baseUrl, headers })
    const outcome = await settle(
      sdk.getEntityUsersId({ path: { entity_user_id: USER_ID }, throwOnError: true }),
    )
    expect(outcome).toEqual({ rejected: NOT_FOUND })
    expect((outcome as { rejected: unknown }).rejected).not.toBeInstanceOf(Error)
  })

  it("orval's fetch client returns it as a value: { status, data }", async () => {
    const orval = await load(generated.orvalFile)
    const outcome = await settle(orval.getEntityUsersId(USER_ID, { headers }))
    expect(outcome).toMatchObject({ resolved: { status: 404, data: NOT_FOUND } })
  })

  it("orval's fetch client with forceSuccessResponse throws a plain Error with status and info", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'monite-kit-orval-throw-'))
    try {
      const file = join(dir, 'api.ts')
      const write = process.stdout.write
      process.stdout.write = () => true // orval's success banner
      try {
        await orvalGenerate({
          input: { target: projectSpecPath },
          output: {
            target: file,
            client: 'fetch',
            mode: 'single',
            baseUrl,
            override: { fetch: { forceSuccessResponse: true } },
          },
        })
      } finally {
        process.stdout.write = write
      }
      const orval = await load(file)
      const outcome = await settle(orval.getEntityUsersId(USER_ID, { headers }))
      const error = (outcome as { rejected: Error & { status?: number; info?: unknown } }).rejected
      expect(error).toBeInstanceOf(Error)
      expect(error.constructor).toBe(Error)
      expect({ status: error.status, info: error.info }).toEqual({ status: 404, info: NOT_FOUND })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it("kubb's fetch client returns the body as the data", async () => {
    const kubbFetch = await load(join(generated.kubbDir, '.kubb/fetch.ts'))
    const kubb = await load(join(generated.kubbDir, 'clients/getEntityUsersId.ts'))
    kubbFetch.setConfig({ baseURL: baseUrl, headers })
    expect(await settle(kubb.getEntityUsersId(USER_ID, {}))).toEqual({ resolved: NOT_FOUND })
  })
})

describe('tokens and retries', () => {
  /** One call of `GET /entity_users/{id}` through each tool, configured as the bench does. */
  const callers = async (): Promise<Record<string, (id: string) => Promise<unknown>>> => {
    const $api = createQueryClient(createFetchClient<paths>({ baseUrl, headers }))
    const { client } = await load(join(generated.heyApiDir, 'client.gen.ts'))
    const sdk = await load(join(generated.heyApiDir, 'sdk.gen.ts'))
    const orval = await load(generated.orvalFile)
    const kubbFetch = await load(join(generated.kubbDir, '.kubb/fetch.ts'))
    const kubb = await load(join(generated.kubbDir, 'clients/getEntityUsersId.ts'))
    client.setConfig({ baseUrl, headers })
    kubbFetch.setConfig({ baseURL: baseUrl, headers })
    return {
      'openapi-react-query': (id) =>
        new QueryClient().fetchQuery({
          ...$api.queryOptions('get', '/entity_users/{entity_user_id}', {
            params: { path: { entity_user_id: id }, header: headers },
          }),
          retry: false, // TanStack Query's own retry is not the client's
        }),
      'hey-api': (id) => sdk.getEntityUsersId({ path: { entity_user_id: id }, throwOnError: true }),
      orval: (id) => orval.getEntityUsersId(id, { headers }),
      kubb: (id) => kubb.getEntityUsersId(id, {}),
    }
  }

  it('none retries a 503 or refreshes and replays after a 401: one request each', async () => {
    const sent: Record<string, number> = {}
    for (const [tool, call] of Object.entries(await callers())) {
      for (const id of ['unavailable', 'revoked']) {
        hits.clear()
        await settle(call(id))
        sent[`${tool} ${id}`] = hits.get(id) ?? 0
      }
    }
    expect(Object.keys(sent)).toHaveLength(8)
    expect(Object.values(sent)).toEqual(Array(8).fill(1))
  })

  it("the harness counts retries and replays: the kit's client sends the 503 three times, the 401 twice", async () => {
    const kit = createMoniteClient({
      baseUrl,
      entityId: 'e1',
      auth: {
        type: 'fetchToken',
        fetchToken: async () => ({ access_token: 'tok', expires_in: 3600 }),
      },
    })
    hits.clear()
    await settle(kit.entityUsers.get('unavailable'))
    await settle(kit.entityUsers.get('revoked'))
    expect({ unavailable: hits.get('unavailable'), revoked: hits.get('revoked') }).toEqual({
      unavailable: 3,
      revoked: 2,
    })
  })

  it('hey-api asks its auth callback for the token on every request (it keeps none)', async () => {
    const { createClient, createConfig } = await load(join(generated.heyApiDir, 'client/index.ts'))
    const sdk = await load(join(generated.heyApiDir, 'sdk.gen.ts'))
    let asked = 0
    const withAuth = createClient(
      createConfig({
        baseUrl,
        headers: { 'x-monite-version': '2024-05-25', 'x-monite-entity-id': 'e1' },
        auth: () => `tok-${++asked}`,
      }),
    )
    for (let i = 0; i < 3; i++) {
      await settle(sdk.getEntityUsersId({ client: withAuth, path: { entity_user_id: USER_ID } }))
    }
    expect({ asked, lastAuthorization }).toEqual({ asked: 3, lastAuthorization: 'Bearer tok-3' })
  })
})

describe('what the generated code holds', () => {
  const all = async () => {
    const files = new Map([
      ...(await sources(generated.heyApiDir)),
      ...(await sources(generated.kubbDir)),
      [generated.orvalFile, await readFile(generated.orvalFile, 'utf8')],
    ])
    if (generated.orvalReactFile) {
      files.set(generated.orvalReactFile, await readFile(generated.orvalReactFile, 'utf8'))
    }
    return files
  }

  it("types the error bodies: the 404 answer appears in each tool's types", async () => {
    const files = await all()
    const text = (dir: string) =>
      [...files]
        .filter(([path]) => path.startsWith(dir))
        .map(([, code]) => code)
        .join('\n')
    expect(text(generated.heyApiDir)).toMatch(/GetEntityUsersIdErrors = \{[^}]*404:/s)
    expect(text(generated.orvalFile)).toMatch(/getEntityUsersIdResponse404 = \{\s*data: \w+/)
    expect(text(generated.kubbDir)).toMatch(/ResponseErrorConfig<[^>]*GetEntityUsersId404/)
  })

  it('has no error class, reads no x-request-id, and does no cache work after mutations', async () => {
    const findings = [...(await all())].flatMap(([path, code]) =>
      [
        /class \w+ extends (globalThis\.)?Error/,
        /\.get\(\s*['"]x-request-id['"]/,
        /setQueryData|setQueriesData|invalidateQueries|resetQueries|onMutate/,
      ]
        .filter((pattern) => pattern.test(code))
        .map((pattern) => `${path}: ${pattern}`),
    )
    expect(findings).toEqual([])
    expect((await all()).size).toBeGreaterThan(20)
  })
})
