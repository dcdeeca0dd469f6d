import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './ui/tokens.css'
import './ui/components.css'
import './app/app.css'
import { App } from './app/App'
import type { AppBackend } from './monite/backend'
import { createRealBackend } from './monite/backend'
import { loadConfig } from './monite/config'

async function start(): Promise<AppBackend> {
  // The Vite dev server has no /api: always fake mode there.
  const config = import.meta.env.DEV ? ({ mode: 'fake' } as const) : await loadConfig()
  if (config.mode === 'real') return createRealBackend(config)
  // Loaded only in fake mode: the fake API and its world never weigh on real mode.
  const { startFakeBackend } = await import('./monite/fake')
  return startFakeBackend()
}

const root = createRoot(document.getElementById('root')!)
start().then(
  (backend) => {
    root.render(
      <StrictMode>
        <App backend={backend} />
      </StrictMode>,
    )
  },
  (error: unknown) => {
    console.error(error)
    root.render(
      <div className="app-boot" role="alert">
        Could not start the app: {error instanceof Error ? error.message : String(error)}
      </div>,
    )
  },
)
