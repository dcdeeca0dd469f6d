import {
  type Action,
  actionsOf,
  COMMON_ACTIONS,
  COMMON_OBJECT_TYPES,
  humanize,
  type Matrix,
  type ObjectType,
  PAYABLE_ACTIONS,
  PERMISSION_LABELS,
  PERMISSIONS,
  type Permission,
} from '../../lib/permissions'
import { ScrollRegion } from '../../ui'

export interface PermissionMatrixProps {
  value: Matrix
  /** Absent: read-only. */
  onChange?: (next: Matrix) => void
}

function permissionOf(matrix: Matrix, type: ObjectType, action: Action): Permission {
  return matrix[type]?.[action] ?? 'not_allowed'
}

function setCell(matrix: Matrix, type: ObjectType, action: Action, value: Permission): Matrix {
  return { ...matrix, [type]: { ...matrix[type], [action]: value } }
}

function setRow(matrix: Matrix, type: ObjectType, value: Permission): Matrix {
  const row = Object.fromEntries(actionsOf(type).map((a) => [a, value]))
  return { ...matrix, [type]: row }
}

function PermissionCell({
  type,
  action,
  value,
  onChange,
}: {
  type: ObjectType
  action: Action
  value: Permission
  onChange?: (value: Permission) => void
}) {
  const label = `${humanize(type)}: ${action.replace(/_/g, ' ')}`
  if (!onChange) {
    return (
      <span className="ui-perm-static" data-value={value} title={label}>
        {PERMISSION_LABELS[value]}
      </span>
    )
  }
  return (
    <select
      className="ui-select ui-perm"
      aria-label={label}
      data-value={value}
      value={value}
      onChange={(event) => onChange(event.target.value as Permission)}
    >
      {PERMISSIONS.map((p) => (
        <option key={p} value={p}>
          {PERMISSION_LABELS[p]}
        </option>
      ))}
    </select>
  )
}

/**
 * Monite's object types × actions. `payable` has its own action set (pay, approve, …) and its
 * own table; every other type has create / read / update / delete.
 */
export function PermissionMatrix({ value, onChange }: PermissionMatrixProps) {
  const editable = Boolean(onChange)
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 'var(--space-6)' }}>
      <section className="ui-card" aria-labelledby="perm-payable">
        <div className="ui-card__header">
          <h2 className="ui-card__title" id="perm-payable">
            Payables
          </h2>
          <span className="ui-hint">
            <code>payable</code> has the workflow actions too.
          </span>
        </div>
        <div className="app-perm-grid">
          {PAYABLE_ACTIONS.map((action) => (
            <div key={action} className="app-perm-grid__cell">
              <span className="app-perm-grid__label" aria-hidden="true">
                {action.replace(/_/g, ' ')}
              </span>
              <PermissionCell
                type="payable"
                action={action}
                value={permissionOf(value, 'payable', action)}
                onChange={
                  onChange ? (next) => onChange(setCell(value, 'payable', action, next)) : undefined
                }
              />
            </div>
          ))}
        </div>
      </section>

      <section className="ui-card" aria-labelledby="perm-common">
        <div className="ui-card__header">
          <h2 className="ui-card__title" id="perm-common">
            Other objects
          </h2>
          <span className="ui-hint">{COMMON_OBJECT_TYPES.length} object types</span>
        </div>
        <ScrollRegion label="Permissions of the other object types">
          <table className="app-matrix">
            <thead>
              <tr>
                <th scope="col">Object type</th>
                {COMMON_ACTIONS.map((action) => (
                  <th key={action} scope="col">
                    {action}
                  </th>
                ))}
                {editable ? <th scope="col">Whole row</th> : null}
              </tr>
            </thead>
            <tbody>
              {COMMON_OBJECT_TYPES.map((type) => (
                <tr key={type} data-testid={`perm-row-${type}`}>
                  <th scope="row">
                    {humanize(type)}
                    <code>{type}</code>
                  </th>
                  {COMMON_ACTIONS.map((action) => (
                    <td key={action}>
                      <PermissionCell
                        type={type}
                        action={action}
                        value={permissionOf(value, type, action)}
                        onChange={
                          onChange
                            ? (next) => onChange(setCell(value, type, action, next))
                            : undefined
                        }
                      />
                    </td>
                  ))}
                  {onChange ? (
                    <td>
                      <select
                        className="ui-select ui-perm"
                        aria-label={`${humanize(type)}: set every action`}
                        value=""
                        onChange={(event) => {
                          if (event.target.value) {
                            onChange(setRow(value, type, event.target.value as Permission))
                          }
                        }}
                      >
                        <option value="">Set all…</option>
                        {PERMISSIONS.map((p) => (
                          <option key={p} value={p}>
                            {PERMISSION_LABELS[p]}
                          </option>
                        ))}
                      </select>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  )
}

export function PermissionLegend() {
  return (
    <div className="app-legend" aria-hidden="true">
      {PERMISSIONS.map((p) => (
        <span key={p} className="ui-perm-static" data-value={p}>
          {PERMISSION_LABELS[p]}
        </span>
      ))}
    </div>
  )
}
