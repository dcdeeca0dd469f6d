// Item 9 of #11: one long-lived AbortSignal passed to every call does not pile up abort
// listeners (the client keeps one on it, shared by all its calls in flight) and never triggers
// MaxListenersExceededWarning, however many calls share it at once.
import { getEventListeners } from 'node:events'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { clientOf, httpServer, sendJson, user } from './servers'

const CALLS = 2_000
let warnings: Error[] = []
const onWarning = (warning: Error) => {
  if (warning.name === 'MaxListenersExceededWarning') warnings.push(warning)
}
beforeEach(() => {
  warnings = []
  process.on('warning', onWarning)
})
afterEach(() => {
  process.off('warning', onWarning)
})

describe('a long-lived AbortSignal', () => {
  it(`helpers: at most one listener left after ${CALLS} calls, with or without timeoutMs`, async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    const client = clientOf(server)
    const { signal } = new AbortController()
    for (let i = 0; i < CALLS; i++) await client.entityUsers.me({ signal })
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1)
    for (let i = 0; i < 200; i++) await client.entityUsers.me({ signal, timeoutMs: 5_000 })
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1)
    expect(warnings).toEqual([])
  })

  it(`helpers: ${CALLS} concurrent calls on one signal leave at most one behind`, async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    const client = clientOf(server)
    const { signal } = new AbortController()
    const calls = Array.from({ length: CALLS }, () => client.entityUsers.me({ signal }))
    await Promise.all(calls)
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1)
    expect(warnings).toEqual([])
  })

  it(`raw: the client adds none; openapi-fetch's Request links one per call until collected`, async () => {
    const server = await httpServer((_req, res) => sendJson(res, user))
    const client = clientOf(server)
    const { signal } = new AbortController()
    for (let i = 0; i < 200; i++) await client.raw.GET('/entity_users/me', { signal })
    // At most what `new Request(url, { signal })` leaves, one per call until each Request is
    // collected (undici), plus the client's one.
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(200 + 1)
    expect(warnings).toEqual([])
  })

  it('the signal still works after all those calls', async () => {
    const server = await httpServer(() => {})
    const client = clientOf(server)
    const controller = new AbortController()
    const { signal } = controller
    const pending = client.entityUsers.me({ signal }).catch((error: unknown) => error)
    setTimeout(() => controller.abort(new Error('stop')), 50)
    expect(((await pending) as Error).message).toBe('stop')
    expect(getEventListeners(signal, 'abort').length).toBeLessThanOrEqual(1)
  })
})
