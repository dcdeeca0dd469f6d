import type { EntityUser } from '@monite-kit/client'
import type { FieldErrors } from './errors'

export const USER_FIELDS = [
  'first_name',
  'last_name',
  'login',
  'email',
  'phone',
  'title',
  'role_id',
] as const
export type UserField = (typeof USER_FIELDS)[number]
export type UserFormValues = Record<UserField, string>

export const EMPTY_USER: UserFormValues = {
  first_name: '',
  last_name: '',
  login: '',
  email: '',
  phone: '',
  title: '',
  role_id: '',
}

/** The fields a user and their own profile share, in form order. */
export const PERSON_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'title',
] as const satisfies readonly UserField[]
export type PersonField = (typeof PERSON_FIELDS)[number]
export type PersonValues = Record<PersonField, string>

/** A user's person fields as form strings. Monite does not return `title`, so it starts empty. */
export function personValues(
  user: Pick<EntityUser, 'first_name' | 'last_name' | 'email' | 'phone'>,
): PersonValues {
  return {
    first_name: user.first_name ?? '',
    last_name: user.last_name ?? '',
    email: user.email ?? '',
    phone: user.phone ?? '',
    title: '',
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/
const LOGIN = /^[A-Za-z0-9._@+-]+$/

/**
 * Local checks that mirror Monite's rules (lengths, required fields) plus format checks a
 * partner UI would do anyway. Monite remains the authority: its 422 is mapped onto the same
 * fields.
 */
export function validateUser(
  values: Partial<UserFormValues>,
  options: { mode: 'create' | 'edit' | 'me' },
): FieldErrors<UserField> {
  const errors: FieldErrors<UserField> = {}
  const v = (key: UserField) => (values[key] ?? '').trim()
  if (!v('first_name')) errors.first_name = 'First name is required'
  for (const key of ['first_name', 'last_name', 'login', 'title', 'email'] as const) {
    if (v(key).length > 255) errors[key] = 'At most 255 characters'
  }
  if (options.mode === 'create' && !v('role_id')) errors.role_id = 'Choose a role'
  if (options.mode !== 'me') {
    if (!v('login')) errors.login = 'Login is required'
    else if (!LOGIN.test(v('login'))) errors.login = 'Use letters, digits and . _ @ + - only'
  }
  if (v('email') && !EMAIL.test(v('email'))) errors.email = 'Enter an email like ada@example.com'
  if (v('phone') && !PHONE.test(v('phone'))) {
    errors.phone = 'Use international format, e.g. +491729925904'
  }
  return errors
}

const NULLABLE = new Set<UserField>(['last_name', 'email', 'phone'])

/** The whole user form → request body (see `bodyOf`). */
export function userBody(
  values: UserFormValues,
  mode: 'create' | 'edit',
): Record<string, string | null> {
  return bodyOf(values, USER_FIELDS, mode)
}

/**
 * Form strings → request body, in `fields` order: empty optional fields are left out (create)
 * or null (edit).
 */
export function bodyOf<F extends UserField>(
  values: Record<F, string>,
  fields: readonly F[],
  mode: 'create' | 'edit',
): Record<string, string | null> {
  const body: Record<string, string | null> = {}
  for (const key of fields) {
    const value = values[key].trim()
    if (value) body[key] = value
    else if (mode === 'edit' && NULLABLE.has(key)) body[key] = null
  }
  return body
}

export const ROLE_NAME_MAX = 255

export function validateRoleName(name: string): string | undefined {
  const trimmed = name.trim()
  if (!trimmed) return 'Name is required'
  if (trimmed.length > ROLE_NAME_MAX) return 'At most 255 characters'
  return undefined
}
