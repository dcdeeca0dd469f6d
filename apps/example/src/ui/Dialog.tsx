import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react'

export interface DialogProps {
  open: boolean
  /** Called on Escape, on the close button and on backdrop clicks. */
  onClose: () => void
  title: ReactNode
  description?: ReactNode
  size?: 'md' | 'sm'
  children?: ReactNode
  footer?: ReactNode
  /** Focused when the dialog opens; default: the first field or button inside the body. */
  initialFocusRef?: RefObject<HTMLElement | null>
  /** Where focus goes on close when the element that opened the dialog is gone. */
  fallbackFocusRef?: RefObject<HTMLElement | null>
  /** Rendered as a <form> so Enter submits; the footer goes inside it. */
  onSubmit?: (event: React.FormEvent<HTMLFormElement>) => void
  testId?: string
}

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

/**
 * A modal dialog on the native <dialog> element: the browser traps focus and hides the rest of
 * the page from assistive technology; this component adds labelling, initial focus, and
 * returns focus to the element that opened it (or to `fallbackFocusRef`, or the page heading).
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  size = 'md',
  children,
  footer,
  initialFocusRef,
  fallbackFocusRef,
  onSubmit,
  testId,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const opener = useRef<HTMLElement | null>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      opener.current = document.activeElement as HTMLElement | null
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
      const target =
        initialFocusRef?.current ?? bodyRef.current?.querySelector<HTMLElement>(FOCUSABLE)
      target?.focus()
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
      restoreFocus(opener.current, fallbackFocusRef?.current)
    }
  }, [open, initialFocusRef, fallbackFocusRef])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => dialog.removeEventListener('cancel', onCancel)
  }, [])

  // On unmount while open (e.g. route change), still hand focus back.
  useEffect(() => {
    const dialog = ref.current
    return () => {
      if (dialog?.open) restoreFocus(opener.current, null)
    }
  }, [])

  const content = (
    <>
      <div className="ui-dialog__header">
        <h2 className="ui-dialog__title" id={titleId}>
          {title}
        </h2>
        {description ? (
          <p className="ui-dialog__description" id={descriptionId}>
            {description}
          </p>
        ) : null}
      </div>
      <div className="ui-dialog__body" ref={bodyRef}>
        {children}
      </div>
      {footer ? <div className="ui-dialog__footer">{footer}</div> : null}
    </>
  )

  return (
    <dialog
      ref={ref}
      className={size === 'sm' ? 'ui-dialog ui-dialog--sm' : 'ui-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onMouseDown={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === ref.current) onCloseRef.current()
      }}
    >
      {open ? (
        onSubmit ? (
          <form noValidate onSubmit={onSubmit}>
            {content}
          </form>
        ) : (
          content
        )
      ) : null}
    </dialog>
  )
}

function restoreFocus(opener: HTMLElement | null, fallback: HTMLElement | null | undefined) {
  const target =
    opener?.isConnected && !opener.hasAttribute('disabled')
      ? opener
      : (fallback ?? document.getElementById('main-heading'))
  // After the dialog is gone from the top layer.
  queueMicrotask(() => target?.focus())
}
