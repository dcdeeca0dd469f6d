// Item 8 of #11: `Retry-After` is delay-seconds (a non-negative integer) or an HTTP-date (RFC 9110
// §10.2.3) in the IMF-fixdate form senders must generate; anything else, including the obsolete
// RFC 850 and asctime forms, falls back to the backoff.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isMoniteApiError, isMoniteClientError, type MoniteApiError } from '../../src'
import { clientOf, httpServer, rejection, user } from './servers'

/** The `retryAfterMs` the client reads from a 429 with `Retry-After: value`, over the `fetch` option. */
async function retryAfterOf(value: string): Promise<number | null> {
  const client = clientOf(
    { baseUrl: 'http://127.0.0.1:9/v1', requests: [] },
    {
      retry: false,
      fetch: async () => new Response(null, { status: 429, headers: { 'retry-after': value } }),
    },
  )
  const error = await rejection(client.roles.list())
  if (!isMoniteApiError(error)) throw error
  return (error as MoniteApiError).retryAfterMs
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const time = (d: Date) =>
  `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`

/** IMF-fixdate, the HTTP-date form senders generate. */
const imfFixdate = (d: Date) =>
  `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time(d)} GMT`

/** The two obsolete HTTP-date forms, which the client does not read. */
const obsoleteDates = (d: Date) => [
  // RFC 850 form (two-digit year).
  `${LONG_DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)} ${time(d)} GMT`,
  // asctime form (no zone: GMT).
  `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time(d)} ${d.getUTCFullYear()}`,
]

/** What the client reads: delay-seconds, or IMF-fixdate (exact day and month names). */
const GRAMMAR = new RegExp(
  `^(\\d+|(${DAYS.join('|')}), \\d\\d (${MONTHS.join('|')}) \\d{4} \\d\\d:\\d\\d:\\d\\d GMT)$`,
)

describe('Retry-After', () => {
  it('delay-seconds: any non-negative integer is that many seconds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 10 ** 9 }), async (seconds) => {
        expect(await retryAfterOf(String(seconds))).toBe(seconds * 1000)
      }),
      { numRuns: 60 },
    )
  })

  // Whole seconds, between 1970 and 2049.
  const dates = fc.integer({ min: 0, max: 2_500_000_000 }).map((s) => new Date(s * 1000))

  it('an IMF-fixdate is the time until then (0 when past)', async () => {
    await fc.assert(
      fc.asyncProperty(dates, async (date) => {
        const value = imfFixdate(date)
        const before = Date.now()
        const ms = await retryAfterOf(value)
        const expected = Math.max(0, date.getTime() - before)
        expect(ms, value).not.toBeNull()
        expect(Math.abs((ms as number) - expected), value).toBeLessThanOrEqual(
          date.getTime() > before ? 1_000 : 0,
        )
      }),
      { numRuns: 60 },
    )
  })

  it('the obsolete RFC 850 and asctime forms, and a wrong weekday, are not read', async () => {
    await fc.assert(
      fc.asyncProperty(dates, async (date) => {
        const wrongDay = imfFixdate(date).replace(
          /^\w+/,
          DAYS[(date.getUTCDay() + 1) % 7] as string,
        )
        for (const value of [...obsoleteDates(date), wrongDay]) {
          expect(await retryAfterOf(value), value).toBeNull()
        }
      }),
      { numRuns: 30 },
    )
  })

  it('anything outside the grammar is ignored (null: the backoff applies)', async () => {
    const numberish = fc.oneof(
      fc.integer({ min: -(10 ** 6), max: -1 }).map(String),
      fc.double({ noNaN: false }).map(String),
      fc.nat().map((n) => `${n}.5`),
      fc.nat().map((n) => `+${n}`),
      fc.nat().map((n) => `0x${n.toString(16)}`),
      fc.nat().map((n) => `${n}e1`),
      fc.nat().map((n) => `${n} seconds`),
    )
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary-ascii' }), numberish)
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        // Headers trim spaces and tabs, and refuse CR, LF, NUL and what is not a byte.
        const sent = value.replace(/^[\t ]+|[\t ]+$/g, '')
        const unsendable = [...sent].some((c) => /[\r\n]/.test(c) || c === '\0' || c > '\xff')
        if (unsendable || GRAMMAR.test(sent)) return
        expect(await retryAfterOf(value)).toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  for (const value of ['-5', '1.5', 'garbage', '5 seconds', 'Sun, 06 Nov 1994 08:49:37 GMT junk']) {
    it(`"${value}" is ignored`, async () => {
      expect(await retryAfterOf(value)).toBeNull()
    })
  }

  it('"Retry-After: -5" waits the backoff, not 0 (real socket)', async () => {
    const server = await httpServer((_req, res, n) => {
      if (n === 0) {
        res.writeHead(429, { 'retry-after': '-5' })
        return res.end()
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(user))
    })
    // The backoff (10 s) is longer than the deadline (1.5 s): honouring "-5" as "no wait" would
    // send the second attempt at once and succeed.
    const client = clientOf(server, { retry: { baseDelayMs: 10_000, jitter: 0 }, timeoutMs: 1_500 })
    const error = await rejection(client.entityUsers.me())
    expect(isMoniteClientError(error) && error.code).toBe('timeout')
    expect(server.requests).toHaveLength(1)
  })
})
