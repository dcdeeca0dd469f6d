import { type ReactNode, type RefObject, useEffect, useRef } from 'react'
import { Button } from './Button'
import { Dialog } from './Dialog'

export interface ConfirmDialogProps {
  open: boolean
  title: ReactNode
  children?: ReactNode
  /** `null`: nothing left to confirm (the dialog only explains); Cancel reads `cancelLabel`. */
  confirmLabel: string | null
  cancelLabel?: string
  onConfirm: () => void
  onCancel: () => void
  pending?: boolean
  tone?: 'danger' | 'primary'
  fallbackFocusRef?: RefObject<HTMLElement | null>
  testId?: string
}

/** Asks before a destructive action. Focus starts on Cancel, the safe choice. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
  pending,
  tone = 'danger',
  fallbackFocusRef,
  testId,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null)
  // The confirm button went away (nothing left to confirm): keep focus in the dialog.
  useEffect(() => {
    if (open && confirmLabel === null) cancelRef.current?.focus()
  }, [open, confirmLabel])
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      size="sm"
      initialFocusRef={cancelRef}
      fallbackFocusRef={fallbackFocusRef}
      testId={testId}
      footer={
        <>
          <Button ref={cancelRef} onClick={onCancel} disabled={pending}>
            {cancelLabel}
          </Button>
          {confirmLabel === null ? null : (
            <Button variant={tone} onClick={onConfirm} loading={pending}>
              {confirmLabel}
            </Button>
          )}
        </>
      }
    >
      {children}
    </Dialog>
  )
}
