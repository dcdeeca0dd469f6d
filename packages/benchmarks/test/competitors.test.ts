// What BENCHMARKS.md and the root README say the compared tools do and lack, checked against the
// versions installed here: their clients and hooks are generated from the project's document (as
// the bench does), then called against a real local server that answers 404 with Monite's error
// body and an `x-request-id`, and their generated code is read for error classes and cache work.
import { once } from 'node:events'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { paths } from '@monite-kit/client'
import { QueryClient } from '@tanstack/react-query'
import createFetchClient from 'openapi-fetch'
import createQueryClient from 'openapi-react-query'
import { generate as orvalGenerate } from 'orval'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Competitors, generateCompetitors } from '../src/competitors'
import { projectSpecPath } from '../src/paths'

const USER_ID = '5b4daced-6b9a-4707-83c6-08193d999fab'
const NOT_FOUND = { error: { message: 'Entity user not found' } }
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
    // Only the expected call gets Monite's 404; anything else would fail the assertions below.
    const expected = req.method === 'GET' && req.url === `/v1/entity_users/${USER_ID}`
    res.writeHead(expected ? 404 : 400, {
      'content-type': 'application/json',
      'x-request-id': 'req-123',
    })
    res.end(
      JSON.stringify(expected ? NOT_FOUND : { error: { message: `${req.method} ${req.url}` } }),
    )
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
