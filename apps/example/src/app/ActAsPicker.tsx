import { createContext, type ReactNode, useContext, useMemo, useState } from 'react'
import { Dialog } from '../ui'
import { PickerBody } from './actAs/PickerBody'
import { AsPartner } from './session'

interface PickerValue {
  open: () => void
}

const PickerContext = createContext<PickerValue | null>(null)

export function useActAsPicker(): PickerValue {
  const picker = useContext(PickerContext)
  if (!picker) throw new Error('useActAsPicker must be used inside <ActAsPickerProvider>')
  return picker
}

/** "Act as": pick an entity user, mint their entity-user token, and switch the whole UI. */
export function ActAsPickerProvider({ children }: { children: ReactNode }) {
  const [isOpen, setOpen] = useState(false)
  const value = useMemo(() => ({ open: () => setOpen(true) }), [])
  return (
    <PickerContext.Provider value={value}>
      {children}
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title="Act as an entity user"
        description="Mints an entity-user token (POST /auth/token, grant_type entity_user). The screens then show only what that user's role allows."
        testId="act-as-dialog"
      >
        {isOpen ? (
          <AsPartner>
            <PickerBody onDone={() => setOpen(false)} />
          </AsPartner>
        ) : null}
      </Dialog>
    </PickerContext.Provider>
  )
}
