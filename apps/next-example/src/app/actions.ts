'use server'

import { isMoniteApiError } from '@monite-kit/client'
import { isActionAllowed, myRoleQueryOptions } from '@monite-kit/react'
import { QueryClient } from '@tanstack/react-query'
import { redirect } from 'next/navigation'
import { moniteBackend } from '@/lib/monite.server'
import { endSession, readSession, startSession } from '@/lib/session.server'

/** The demo sign-in: the form names one of the options this server offers, nothing else. */
export async function signIn(formData: FormData): Promise<void> {
  const value = formData.get('user')
  const backend = moniteBackend()
  const options = await backend.signInOptions()
  const chosen = options.find((option) => option.value === value)
  if (!chosen) redirect('/?error=unknown-user')
  await startSession(chosen.value)
  redirect('/')
}

/** Ends the session. */
export async function signOut(): Promise<void> {
  await endSession()
  redirect('/')
}

/** What {@link deleteEntityUser} answers. */
export type DeleteResult = { ok: true } | { ok: false; status: number; message: string }

/**
 * Deletes an entity user as the signed-in user: the server checks the permission with
 * `isActionAllowed` on the session user's role before it calls Monite (which checks it again).
 */
export async function deleteEntityUser(entityUserId: unknown): Promise<DeleteResult> {
  const session = await readSession()
  if (!session) return { ok: false, status: 401, message: 'Sign in first' }
  if (typeof entityUserId !== 'string' || !/^[0-9a-f-]{36}$/i.test(entityUserId)) {
    return { ok: false, status: 400, message: 'Not an entity user id' }
  }
  const monite = moniteBackend().clientFor(session.entityUserId)
  try {
    const role = await new QueryClient().fetchQuery(myRoleQueryOptions(monite))
    const allowed = isActionAllowed(role.permissions, 'entity_user', 'delete', {
      ownerId: entityUserId,
      userId: session.entityUserId,
    })
    if (!allowed) {
      return { ok: false, status: 403, message: 'Your role may not delete users' }
    }
    await monite.entityUsers.delete(entityUserId)
    return { ok: true }
  } catch (error) {
    if (isMoniteApiError(error)) return { ok: false, status: error.status, message: error.message }
    return { ok: false, status: 502, message: 'Monite did not answer' }
  }
}
