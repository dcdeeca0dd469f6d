import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'

export interface Toast {
  id: number
  tone: 'info' | 'success' | 'danger'
  title: string
  text?: string | undefined
  /** For support (request id, …): folded away in a disclosure. */
  details?: readonly string[] | undefined
}

type ShowToast = (toast: Omit<Toast, 'id'>) => void

const ToastContext = createContext<ShowToast | null>(null)

let nextId = 1

/** Renders toasts in a polite live region (errors in an assertive one). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id))
  }, [])
  const show = useCallback<ShowToast>(
    (toast) => {
      const id = nextId++
      setToasts((all) => [...all.slice(-3), { ...toast, id }])
      setTimeout(() => dismiss(id), toast.tone === 'danger' ? 9000 : 5000)
    },
    [dismiss],
  )
  const polite = toasts.filter((t) => t.tone !== 'danger')
  const assertive = toasts.filter((t) => t.tone === 'danger')
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="ui-toasts">
        <div role="status" aria-live="polite" style={{ display: 'contents' }}>
          {polite.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        <div role="alert" aria-live="assertive" style={{ display: 'contents' }}>
          {assertive.map((t) => (
            <ToastView key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  )
}

function ToastView({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  return (
    <div className={`ui-toast ui-toast--${toast.tone}`} data-testid="toast">
      <div className="ui-toast__body">
        <div className="ui-toast__title">{toast.title}</div>
        {toast.text ? <div className="ui-toast__text">{toast.text}</div> : null}
        {toast.details?.length ? (
          <details className="ui-details">
            <summary>Details for support</summary>
            <ul>
              {toast.details.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </div>
      <button
        type="button"
        className="ui-toast__close"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  )
}

export function useToast(): ShowToast {
  const show = useContext(ToastContext)
  if (!show) throw new Error('useToast must be used inside <ToastProvider>')
  return useMemo(() => show, [show])
}
