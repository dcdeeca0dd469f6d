// Item 8 of #11: `Retry-After` is delay-seconds (a non-negative integer) or an HTTP-date (RFC 9110
// §10.2.3) in any of the three forms of §5.6.7 a recipient must accept (IMF-fixdate, and the
// obsolete RFC 850 and asctime forms); anything else falls back to the backoff.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

/** The obsolete RFC 850 form: full weekday, two-digit year. */
const rfc850 = (d: Date) =>
  `${LONG_DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())}-${MONTHS[d.getUTCMonth()]}-${pad(d.getUTCFullYear() % 100)} ${time(d)} GMT`

/** The obsolete asctime form: day of month padded with a space, no zone (GMT). */
const asctime = (d: Date) =>
  `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time(d)} ${d.getUTCFullYear()}`

/** The three HTTP-date forms of one date. */
const forms = (d: Date) => [imfFixdate(d), rfc850(d), asctime(d)]

/**
 * What the client reads: delay-seconds, or one of the three HTTP-date forms (exact day and month
 * names; whether the fields are in range is the date's own business, checked below).
 */
const DAY = `(${DAYS.join('|')})`
const MONTH = `(${MONTHS.join('|')})`
const TIME = '\\d\\d:\\d\\d:\\d\\d'
const GRAMMAR = new RegExp(
  `^(\\d+|${DAY}, \\d\\d ${MONTH} \\d{4} ${TIME} GMT|(${LONG_DAYS.join('|')}), \\d\\d-${MONTH}-\\d\\d ${TIME} GMT|${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4})$`,
)

/** Freezes `Date` (only: no timers are faked) at `now` for the rest of the test. */
function freezeAt(now: number): void {
  vi.useFakeTimers({ toFake: ['Date'], now })
}
afterEach(() => {
  vi.useRealTimers()
})

/** Whole seconds from `from` to `to` (ms) as dates. */
const datesBetween = (from: number, to: number) =>
  fc
    .integer({ min: Math.ceil(from / 1000), max: Math.floor(to / 1000) })
    .map((s) => new Date(s * 1000))

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

  it('the three HTTP-date forms of one date agree (RFC 850 within its 100-year window)', async () => {
    // Any "now" from 1990 to 2200; dates up to 49 years back and 50 ahead, which a two-digit year
    // names unambiguously.
    const cases = fc
      .integer({ min: Date.UTC(1990, 0), max: Date.UTC(2200, 0) })
      .chain((now) =>
        fc.tuple(
          fc.constant(now),
          datesBetween(
            Date.UTC(new Date(now).getUTCFullYear() - 49, 0),
            Date.UTC(new Date(now).getUTCFullYear() + 50, 11, 31, 23, 59, 59),
          ),
        ),
      )
    await fc.assert(
      fc.asyncProperty(cases, async ([now, date]) => {
        freezeAt(now)
        const expected = Math.max(0, date.getTime() - now)
        for (const value of forms(date)) expect(await retryAfterOf(value), value).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('an RFC 850 year more than 50 years ahead is the same year of the century before', async () => {
    freezeAt(Date.UTC(2026, 10, 29))
    const wait = (year: number) => Math.max(0, Date.UTC(year, 10, 6, 8, 49, 37) - Date.now())
    // 1994, 2076 (50 years ahead: this century), 1977 (2077 would be 51 years ahead).
    expect(await retryAfterOf('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(wait(1994))
    expect(await retryAfterOf('Friday, 06-Nov-76 08:49:37 GMT')).toBe(wait(2076))
    expect(await retryAfterOf('Sunday, 06-Nov-77 08:49:37 GMT')).toBe(wait(1977))
    expect(await retryAfterOf('Saturday, 06-Nov-77 08:49:37 GMT')).toBeNull()
    freezeAt(Date.UTC(2090, 0, 1))
    // 2110 is 20 years ahead: not 2010.
    expect(await retryAfterOf('Thursday, 06-Nov-10 08:49:37 GMT')).toBe(wait(2110))
  })

  it('a wrong weekday or an out-of-range field, in any form, is not read', async () => {
    // A valid date's fields, one of them then replaced by something out of range.
    const field = fc.oneof(
      fc.record({ weekday: fc.constantFrom(1, 2, 3, 4, 5, 6) }),
      fc.record({ day: fc.constantFrom(0, 32, 40, 99) }),
      fc.record({ month: fc.constantFrom('Foo', 'jan', 'JAN', 'Sept') }),
      fc.record({ hour: fc.integer({ min: 24, max: 99 }) }),
      fc.record({ minute: fc.integer({ min: 60, max: 99 }) }),
      fc.record({ second: fc.integer({ min: 61, max: 99 }) }),
    )
    await fc.assert(
      fc.asyncProperty(
        datesBetween(Date.UTC(1980, 0), Date.UTC(2070, 0)),
        field,
        async (d, wrong) => {
          const weekday = (d.getUTCDay() + ('weekday' in wrong ? wrong.weekday : 0)) % 7
          const day = 'day' in wrong ? wrong.day : d.getUTCDate()
          const month = 'month' in wrong ? wrong.month : MONTHS[d.getUTCMonth()]
          const t = [
            'hour' in wrong ? wrong.hour : d.getUTCHours(),
            'minute' in wrong ? wrong.minute : d.getUTCMinutes(),
            'second' in wrong ? wrong.second : d.getUTCSeconds(),
          ]
            .map((n) => pad(n))
            .join(':')
          const year = d.getUTCFullYear()
          for (const value of [
            `${DAYS[weekday]}, ${pad(day)} ${month} ${year} ${t} GMT`,
            `${LONG_DAYS[weekday]}, ${pad(day)}-${month}-${pad(year % 100)} ${t} GMT`,
            `${DAYS[weekday]} ${month} ${String(day).padStart(2, ' ')} ${t} ${year}`,
          ]) {
            expect(await retryAfterOf(value), value).toBeNull()
          }
        },
      ),
      { numRuns: 150 },
    )
    // Days that do not exist, a leap second, midnight as 24:00, a 3-digit year, mixed forms.
    for (const value of [
      'Fri, 30 Feb 2026 08:49:37 GMT',
      'Sunday, 29-Feb-26 08:49:37 GMT',
      'Sun Apr 31 08:49:37 2026',
      'Wed, 31 Dec 2025 23:59:60 GMT',
      'Thu, 01 Jan 2026 24:00:00 GMT',
      'Sun Nov  6 08:49:37 994',
      'Sun Nov 6 08:49:37 1994',
      'Sun Nov 06 08:49:37 1994 GMT',
      'Sun, 06-Nov-94 08:49:37 GMT',
      'Sunday, 06 Nov 1994 08:49:37 GMT',
      'Sunday, 06-Nov-1994 08:49:37 GMT',
      'Sunxday, 06-Nov-94 08:49:37 GMT',
      'Sundayday, 06-Nov-94 08:49:37 GMT',
      'Tueday, 08-Nov-94 08:49:37 GMT',
    ]) {
      expect(await retryAfterOf(value), value).toBeNull()
    }
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

  it('a huge delay (seconds or a far date) surfaces the 429 at once: longer than maxRetryAfterMs', async () => {
    const huge = fc.oneof(
      fc.bigInt({ min: 61n, max: 10n ** 400n }).map(String),
      fc.constant('9'.repeat(5000)),
      // A year past 9999 is no HTTP-date, but read as the far date it names.
      fc.constant('Sun Nov  6 08:49:37 11994'),
      datesBetween(Date.UTC(2200, 0), Date.UTC(9999, 11, 31, 23, 59, 59)).chain((d) =>
        fc.constantFrom(imfFixdate(d), asctime(d)),
      ),
    )
    await fc.assert(
      fc.asyncProperty(huge, async (value) => {
        let attempts = 0
        const client = clientOf(
          { baseUrl: 'http://127.0.0.1:9/v1', requests: [] },
          {
            retry: { maxRetryAfterMs: 60_000 },
            fetch: async () => {
              attempts++
              return new Response(null, { status: 429, headers: { 'retry-after': value } })
            },
          },
        )
        const error = await rejection(client.roles.list())
        expect(isMoniteApiError(error) && error.status).toBe(429)
        expect((error as MoniteApiError).retryAfterMs).toBeGreaterThan(60_000)
        expect(attempts).toBe(1)
      }),
      { numRuns: 60 },
    )
  })

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
