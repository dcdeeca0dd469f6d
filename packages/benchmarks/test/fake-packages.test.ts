// What the fake brings into a browser bundle (#16), by package after tree-shaking: the faker-free
// entries must stay faker-free, and the smallest one msw-free too. A size check, not a timing.
import { describe, expect, it } from 'vitest'
import {
  bundledPackages,
  fakeFakerWorkerEntry,
  fakeWorldEntry,
  fakeWorldMswEntry,
} from '../src/bundle'
import { isBuilt } from '../src/paths'

describe.skipIf(!isBuilt('fixtures'))('packages in a browser bundle of the fake', () => {
  it('createFakeMoniteCore over a JSON world: the fixtures alone (no faker, no msw)', async () => {
    expect(await bundledPackages(fakeWorldEntry)).toEqual(['@monite-kit/fixtures'])
  })

  it('createFakeMoniteFromWorld: msw for its handlers, still no faker', async () => {
    const packages = await bundledPackages(fakeWorldMswEntry)
    expect(packages).toContain('msw')
    expect(packages).not.toContain('@faker-js/faker')
  })

  it('the baseline builds its world in the browser: faker is there (the check can see it)', async () => {
    expect(await bundledPackages(fakeFakerWorkerEntry)).toContain('@faker-js/faker')
  })
})
