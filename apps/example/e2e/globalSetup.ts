import { existsSync } from 'node:fs'
import { buildApp, CHROMIUM } from './harness'

/** The browser tests run against the production build: build it from the current sources. */
export default async function setup() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
  await buildApp()
}
