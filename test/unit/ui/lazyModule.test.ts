import { describe, expect, it } from 'vitest'
import { lazyModule } from '../../../src/ui/lazyModule'

describe('lazyModule', () => {
  it('imports once, and has the module at hand synchronously afterwards', async () => {
    let imports = 0
    const code = lazyModule(async () => {
      imports++
      return { answer: 42 }
    })
    expect(code.loaded).toBeUndefined()
    const [first, second] = await Promise.all([code.load(), code.load()])
    expect(first).toBe(second)
    expect(code.loaded).toBe(first)
    expect(imports).toBe(1)
  })

  it('tries a failed import again on the next load', async () => {
    let attempts = 0
    const code = lazyModule(async () => {
      attempts++
      if (attempts === 1) throw new Error('offline')
      return { answer: 42 }
    })
    await expect(code.load()).rejects.toThrow('offline')
    expect(code.loaded).toBeUndefined()
    expect(await code.load()).toEqual({ answer: 42 })
    expect(attempts).toBe(2)
  })
})
