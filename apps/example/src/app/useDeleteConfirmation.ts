import { useState } from 'react'
import { describeError } from '../lib/errors'
import { useToast } from '../ui'

/**
 * Delete-after-confirming for a list page: `deleting` is the item the confirmation dialog asks
 * about (null: closed); `confirm` deletes it, toasts the outcome and closes the dialog.
 */
export function useDeleteConfirmation<T extends { id: string }>({
  remove,
  nameOf,
  deletedTitle,
  failedAction,
  handleError,
}: {
  remove: { mutateAsync: (id: string) => Promise<unknown> }
  nameOf: (item: T) => string
  /** The success toast's title: "User deleted". */
  deletedTitle: string
  /** What failed, for the error toast: "Deleting the user". */
  failedAction: string
  /** An error the page explains itself: return true to skip the toast and keep the dialog open. */
  handleError?: (error: unknown, item: T) => boolean
}) {
  const toast = useToast()
  const [deleting, setDeleting] = useState<T | null>(null)

  const confirm = async () => {
    if (!deleting) return
    const name = nameOf(deleting)
    try {
      await remove.mutateAsync(deleting.id)
      toast({ tone: 'success', title: deletedTitle, text: name })
    } catch (error) {
      if (handleError?.(error, deleting)) return
      const d = describeError(error, failedAction)
      toast({ tone: 'danger', title: d.title, text: d.text, details: d.details })
    }
    setDeleting(null)
  }

  return { deleting, setDeleting, confirm }
}
