import { describe, expect, it } from 'vitest'
import { axiosXhrOnly, NO_FETCH_MODULE } from '../../../build/axiosXhrOnly'

type Hook = (this: unknown, ...args: string[]) => unknown
const hook = (value: unknown): Hook => {
  if (typeof value !== 'function') throw new Error('the plugin has no such hook')
  return value as Hook
}

describe('axiosXhrOnly build plugin', () => {
  const plugin = axiosXhrOnly()
  const resolveId = hook(plugin.resolveId)
  const load = hook(plugin.load)

  it("swaps only axios's fetch adapter, as imported by axios's adapter table", () => {
    const table = '/app/node_modules/axios/lib/adapters/adapters.js'
    const stub = resolveId.call({}, './fetch.js', table)
    expect(typeof stub).toBe('string')
    expect(load.call({}, String(stub))).toBe(NO_FETCH_MODULE)
    // Anything else resolves as usual: other modules' ./fetch.js, axios's other adapters.
    expect(resolveId.call({}, './fetch.js', '/app/src/data/fetch-user.js')).toBeNull()
    expect(resolveId.call({}, './xhr.js', table)).toBeNull()
    expect(load.call({}, '/app/node_modules/axios/lib/adapters/fetch.js')).toBeNull()
  })

  it('says "not supported" the way axios itself reads it, and applies to builds only', async () => {
    const url = `data:text/javascript,${encodeURIComponent(NO_FETCH_MODULE)}`
    const stub = (await import(/* @vite-ignore */ url)) as { getFetch: () => unknown }
    expect(stub.getFetch()).toBe(false)
    expect(plugin.apply).toBe('build')
  })
})
