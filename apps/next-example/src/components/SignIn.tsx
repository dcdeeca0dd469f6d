import { signIn } from '@/app/actions'
import type { SignInOption } from '@/lib/monite.server'

/** The demo sign-in (a Server Component): the server offers the users, the server sets the session. */
export function SignIn({
  options,
  error,
  mode,
}: {
  options: SignInOption[]
  error: string | undefined
  mode: 'fake' | 'real'
}) {
  return (
    <form action={signIn} className="card">
      <fieldset>
        <legend>Sign in as</legend>
        {options.map((option, index) => (
          <label key={option.value} className="choice">
            <input type="radio" name="user" value={option.value} defaultChecked={index === 0} />
            <span>
              <strong>{option.label}</strong> <span className="muted">{option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit">Sign in</button>
      <p className="muted">
        {mode === 'fake'
          ? 'A demo sign-in over the fake Monite API in this server (no credentials needed).'
          : 'A demo sign-in over your Monite entity: pick one of its users.'}
      </p>
    </form>
  )
}
