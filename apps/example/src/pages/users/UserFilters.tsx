import type { Ref } from 'react'
import type { RoleDirectory } from '../../app/useRoleDirectory'
import { Alert, Button, SelectField, TextField } from '../../ui'
import type { DroppedFilter, Status } from './useUserFilters'

/** The filter bar of the users page: name prefix, status and (if roles are readable) role. */
export function UserFilters({
  nameInput,
  onNameInput,
  onSubmitName,
  status,
  role,
  roles,
  setParams,
  filtered,
  onClear,
  nameRef,
}: {
  nameInput: string
  onNameInput: (value: string) => void
  onSubmitName: () => void
  status: Status | ''
  role: string
  roles: RoleDirectory
  setParams: (update: Record<string, string | null>) => void
  filtered: boolean
  onClear: () => void
  nameRef: Ref<HTMLInputElement>
}) {
  return (
    <form
      className="app-filters"
      aria-label="Filter users"
      onSubmit={(event) => {
        event.preventDefault()
        onSubmitName()
      }}
    >
      <TextField
        ref={nameRef}
        label="Name starts with"
        name="q"
        type="search"
        placeholder="e.g. Ada"
        value={nameInput}
        onChange={(event) => onNameInput(event.target.value)}
      />
      <SelectField
        label="Status"
        name="status"
        value={status}
        onChange={(event) => setParams({ status: event.target.value })}
      >
        <option value="">Any status</option>
        <option value="active">Active</option>
        <option value="deleted">Deleted</option>
      </SelectField>
      {roles.hidden ? null : (
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={(event) => setParams({ role: event.target.value })}
        >
          <option value="">Any role</option>
          {roles.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
          {role && !roles.names.has(role) ? <option value={role}>A role not listed</option> : null}
        </SelectField>
      )}
      <Button variant="ghost" disabled={!filtered} onClick={onClear}>
        Clear filters
      </Button>
    </form>
  )
}

/** Says which filters from the address bar were ignored (and removed from it). */
export function DroppedFiltersNotice({
  dropped,
  onDismiss,
}: {
  dropped: DroppedFilter[]
  onDismiss: () => void
}) {
  if (dropped.length === 0) return null
  return (
    <div className="ui-card__body">
      <Alert
        tone="warning"
        role="status"
        title="Some filters in the address were ignored"
        actions={
          <Button size="sm" onClick={onDismiss}>
            Dismiss
          </Button>
        }
      >
        <ul className="app-dropped" data-testid="dropped-filters">
          {dropped.map((d) => (
            <li key={d.name}>
              {d.name} “{d.value.length > 40 ? `${d.value.slice(0, 40)}…` : d.value}”: {d.reason}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  )
}
