import { createMoniteClient, type EntityUser, type MoniteClient } from '@monite-kit/client'
import { MutationObserver, type QueryClient, type UseMutationOptions } from '@tanstack/react-query'
import { BASE_URL, type Fake, type World } from '../helpers'

/** An answer the gate holds back: the fake has already run the request. */
export interface HeldAnswer {
  /** Resolves once the fake has run the request and its answer is held. */
  readonly arrived: Promise<void>
  /** Lets the answer through to the client (it may be called before `arrived`). */
  release(): void
}

/**
 * A `fetch` in front of `fake.fetch` that can hold chosen answers back, so that a test decides in
 * which order answers reach the client. The fake runs each request as soon as it is sent (the
 * server's order is the sending order); only the answer waits.
 */
export interface AnswerGate {
  fetch(request: Request): Promise<Response>
  /** Holds the answer of the next request with `method` whose URL path matches `path`. */
  hold(method: string, path: RegExp): HeldAnswer
}

interface Rule {
  method: string
  path: RegExp
  arrive: () => void
  released: Promise<void>
}

export function answerGate(fake: Fake): AnswerGate {
  const rules: Rule[] = []
  return {
    async fetch(request) {
      const path = new URL(request.url).pathname
      const at = rules.findIndex((r) => r.method === request.method && r.path.test(path))
      const rule = at >= 0 ? rules.splice(at, 1)[0] : undefined
      const response = await fake.fetch(request)
      if (rule) {
        rule.arrive()
        await rule.released
      }
      return response
    },
    hold(method, path) {
      let arrive = () => {}
      let release = () => {}
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve
      })
      const released = new Promise<void>((resolve) => {
        release = resolve
      })
      rules.push({ method, path, arrive, released })
      return { arrived, release }
    },
  }
}

function clientFor(
  world: World,
  gate: AnswerGate,
  auth: { entityUserId?: string },
  entityIndex = 0,
): MoniteClient {
  const entity = world.entities[entityIndex]
  if (!entity) throw new Error(`no entity ${entityIndex}`)
  const { clientId, clientSecret } = world.partner
  return createMoniteClient({
    baseUrl: BASE_URL,
    entityId: entity.id,
    auth:
      auth.entityUserId === undefined
        ? { type: 'partner', clientId, clientSecret }
        : { type: 'entity_user', clientId, clientSecret, entityUserId: auth.entityUserId },
    retry: false,
    fetch: (request) => gate.fetch(request),
  })
}

/** A partner client whose answers pass through `gate`. */
export const gatedPartner = (world: World, gate: AnswerGate, entityIndex = 0) =>
  clientFor(world, gate, {}, entityIndex)

/** A client acting as `user` whose answers pass through `gate`. */
export const gatedUser = (world: World, gate: AnswerGate, user: EntityUser, entityIndex = 0) =>
  clientFor(world, gate, { entityUserId: user.id }, entityIndex)

/** Runs one mutation outside React; resolves with its data, or with its error. */
export function run<TData, TError, TVariables, TContext>(
  queryClient: QueryClient,
  options: UseMutationOptions<TData, TError, TVariables, TContext>,
  variables: TVariables,
): Promise<TData | TError> {
  return new MutationObserver(queryClient, options)
    .mutate(variables)
    .catch((error: TError) => error)
}
