import { isMoniteApiError } from '@monite-kit/client'
import {
  buildCreateEntityUserInput,
  buildCreateRoleInput,
  buildPermissions,
} from '@monite-kit/fixtures'
import { describe, expect, it } from 'vitest'
import { isActionAllowed } from '../../src'
import { setupFakeMonite, userClient, userWithRole } from '../helpers'

const { world } = setupFakeMonite()
const entity = world.entities[0]!

/** What Monite answered: allowed (2xx) or refused (403). */
async function answered(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call()
    return true
  } catch (error) {
    if (isMoniteApiError(error) && error.status === 403) return false
    throw error
  }
}

describe('allowed_for_own: the hooks and the fake apply one rule', () => {
  // Rule (see ActionOwnership): the owner is the creator a record names; an entity user owns
  // itself; users and roles name no creator, so what the actor created is not its own.
  it('entity users and roles, read / update / delete, own and not own', async () => {
    const actor = userWithRole(world, 'Own records only')
    const client = userClient(world, actor)
    const permissions = (await client.entityUsers.myRole()).permissions
    const other = entity.users.find((u) => u.id !== actor.id)!
    const worldRole = entity.roles[0]!
    // records the actor creates (create is allowed for this role)
    const createdRole = await client.roles.create(
      buildCreateRoleInput({ permissions: buildPermissions('readOnly') }),
    )
    const created = await client.entityUsers.create(
      buildCreateEntityUserInput({ role_id: createdRole.id }),
    )

    const users = { self: actor, created, other }
    const roles = { created: createdRole, world: worldRole }
    const rows: { record: string; action: string; hook: boolean; fake: boolean }[] = []
    for (const [name, user] of Object.entries(users)) {
      for (const action of ['read', 'update'] as const) {
        const hook = isActionAllowed(permissions, 'entity_user', action, {
          ownerId: user.id,
          userId: actor.id,
        })
        const fake = await answered(() =>
          action === 'read'
            ? client.entityUsers.get(user.id)
            : client.entityUsers.update(user.id, { title: 'Checked' }),
        )
        rows.push({ record: `entity_user ${name}`, action, hook, fake })
      }
    }
    for (const [name, role] of Object.entries(roles)) {
      for (const action of ['read', 'update'] as const) {
        const hook = isActionAllowed(permissions, 'role', action, {
          ownerId: null,
          userId: actor.id,
        })
        const fake = await answered(() =>
          action === 'read' ? client.roles.get(role.id) : client.roles.update(role.id, {}),
        )
        rows.push({ record: `role ${name}`, action, hook, fake })
      }
    }
    for (const [name, user] of Object.entries({ created, other })) {
      const hook = isActionAllowed(permissions, 'entity_user', 'delete', {
        ownerId: user.id,
        userId: actor.id,
      })
      const fake = await answered(() => client.entityUsers.delete(user.id))
      rows.push({ record: `entity_user ${name}`, action: 'delete', hook, fake })
    }
    for (const row of rows) expect(row, JSON.stringify(row)).toMatchObject({ hook: row.fake })
    // the table is not trivially one-sided
    expect(rows.filter((r) => r.hook).map((r) => r.record)).toEqual([
      'entity_user self',
      'entity_user self',
    ])
  })
})
