import { describe, expect, it } from 'vitest'
import { localLanguageMemory } from '../../../src/platform/languageMemory'
import { restartApp } from '../../../src/platform/restart'

/** A Storage-shaped map (node has no localStorage). */
function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  }
}

describe('the viewer’s language choice', () => {
  it('is stored versioned under the app’s own key and read back', () => {
    const store = memoryStorage()
    const warnings: string[] = []
    const memory = localLanguageMemory('com.example.tv', (message) => warnings.push(message), store)
    expect(memory.read()).toBeUndefined()
    expect(memory.write('ar')).toBe(true)
    expect(JSON.parse(store.getItem('com.example.tv.lightwire-language') ?? '')).toEqual({
      version: 1,
      language: 'ar',
    })
    expect(memory.read()).toBe('ar')
    expect(warnings).toEqual([])
  })

  it('ignores, with a warning, a stored value that is not a shipped language or not JSON', () => {
    const store = memoryStorage()
    const warnings: string[] = []
    const memory = localLanguageMemory('app', (message) => warnings.push(message), store)
    store.setItem('app.lightwire-language', JSON.stringify({ version: 1, language: 'xx' }))
    expect(memory.read()).toBeUndefined()
    store.setItem('app.lightwire-language', '{broken')
    expect(memory.read()).toBeUndefined()
    expect(warnings).toHaveLength(2)
  })

  it('restarts the app without a ?lang= that would override the choice, keeping the route and switches', () => {
    const replaced: string[] = []
    restartApp({
      href: 'http://tv.local/?inspector&lang=fr&platform=tizen#settings',
      replace: (url) => replaced.push(String(url)),
    })
    expect(replaced).toEqual(['http://tv.local/?inspector=&platform=tizen#settings'])
  })
})
