import { moniteKeys, useMoniteClient } from '@monite-kit/react'
import { useQueryClient } from '@tanstack/react-query'
import { AllowedRowButton } from '../../app/Allowed'
import { describeError } from '../../lib/errors'
import { monite } from '../../monite/hooks'
import { useToast } from '../../ui'
import { type Payable, type PayableStep, payableName } from './payableActions'

/**
 * One workflow step of one payable, shown only when the acting user's role allows it
 * (`allowed_for_own`: the payable's creator). The generic mutation writes Monite's answer (the
 * payable in its new status) into the payable's cached entries and refreshes the lists. When
 * Monite refuses the step (409: the payable moved on meanwhile), the payables are read again so
 * the row shows where it is now.
 */
export function PayableStepButton({ payable, step }: { payable: Payable; step: PayableStep }) {
  const toast = useToast()
  const client = useMoniteClient()
  const queryClient = useQueryClient()
  const run = monite.useMutation('post', step.path)
  const name = payableName(payable)
  return (
    <AllowedRowButton
      objectType="payable"
      action={step.permission}
      ownerId={payable.was_created_by_user_id ?? null}
      variant={step.variant}
      label={`${step.label} ${name}`}
      onClick={async () => {
        if (run.isPending) return
        // mutateAsync, not mutate's callbacks: the row may leave a filtered list (and this
        // button unmount) before the answer arrives, and the outcome is still told.
        try {
          await run.mutateAsync({ params: { path: { payable_id: payable.id } } })
          toast({ tone: 'success', title: step.done, text: name })
        } catch (error) {
          const d = describeError(error, `${step.label}: ${name}`)
          toast({
            tone: 'danger',
            title: `${step.label} failed: ${name}`,
            text: d.text,
            details: d.details,
          })
          if (d.kind === 'conflict') {
            void queryClient.invalidateQueries({ queryKey: moniteKeys.path(client, '/payables') })
          }
        }
      }}
    >
      {step.label}
    </AllowedRowButton>
  )
}
