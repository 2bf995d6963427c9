import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUTTON_IDS, type ButtonAction, describeAction, REMOTES } from '../../../emulator/remotes'
import { PLATFORM_IDS } from '../../../src/platform/detect'
import { KEY_MAPS } from '../../../src/platform/platform'

/**
 * The emulator's remotes are written down from the devices' documentation, independently of the app's key
 * maps; clicking a button must exercise those maps, so the two have to agree.
 */
describe('emulated remotes', () => {
  it.each(PLATFORM_IDS)(
    'every %s button that should do something maps to that key in the app',
    (platform) => {
      const remote = REMOTES[platform]
      for (const id of BUTTON_IDS) {
        const action = remote[id]
        if (action.kind !== 'key' || !action.means) continue
        expect({ id, mapped: KEY_MAPS[platform][action.code] }).toEqual({ id, mapped: action.means })
      }
    },
  )

  it.each(PLATFORM_IDS)('the %s remote has the five-way pad and a Back key the app knows', (platform) => {
    const remote = REMOTES[platform]
    for (const id of ['up', 'down', 'left', 'right', 'ok', 'back'] as const) {
      expect(remote[id].kind).toBe('key')
    }
    const back = remote.back
    expect(back.kind === 'key' && KEY_MAPS[platform][back.code]).toBe('Back')
  })

  it('sends the TV codes, not the keyboard ones, on TV platforms', () => {
    const codeOf = (platform: (typeof PLATFORM_IDS)[number], id: 'back' | 'exit' | 'menu') => {
      const action = REMOTES[platform][id]
      return action.kind === 'key' ? action.code : action.kind
    }
    expect(codeOf('tizen', 'back')).toBe(10009)
    expect(codeOf('webos', 'back')).toBe(461)
    expect(codeOf('firetv', 'back')).toBe(4)
    expect(codeOf('rdk', 'exit')).toBe(27)
    expect(codeOf('tizen', 'exit')).toBe(10182)
    expect(codeOf('tizen', 'menu')).toBe(10135)
    expect(codeOf('webos', 'exit')).toBe('system')
    expect(codeOf('firetv', 'menu')).toBe('absent')
  })

  it('covers every button on every platform, Home always being the system', () => {
    for (const platform of PLATFORM_IDS) {
      expect(Object.keys(REMOTES[platform]).sort()).toEqual([...BUTTON_IDS].sort())
      expect(REMOTES[platform].home.kind).toBe('system')
    }
  })

  it('describes a button for its tooltip', () => {
    expect(describeAction('back', REMOTES.tizen.back)).toBe('Back: sends keyCode 10009 (Return)')
    expect(describeAction('menu', REMOTES.firetv.menu)).toMatch(/^Options: .*never reaches/)
  })
})

/** docs/emulator.md's table: `| \`a\` / \`b\` | 1 / 2 | … |`, or one value for all, or ranges like `0`–`9` → 48–57. */
function documentedCells(): Map<string, string[]> {
  const doc = readFileSync(new URL('../../../docs/emulator.md', import.meta.url), 'utf8')
  const start = doc.indexOf('| button (`data-key`) |')
  const rows = doc.slice(start).split('\n\n')[0]?.split('\n').slice(2) ?? []
  const expand = (text: string): string[] => {
    const range = /^`?(\d+)`?–`?(\d+)`?$/.exec(text)
    if (!range) return text.split(' / ').map((part) => part.replace(/`/g, ''))
    const from = Number(range[1])
    return Array.from({ length: Number(range[2]) - from + 1 }, (_, i) => String(from + i))
  }
  const cells = new Map<string, string[]>()
  for (const row of rows) {
    const [names = '', ...platforms] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    const buttons = expand(names)
    buttons.forEach((button, index) => {
      cells.set(
        button,
        platforms.map((cell) => {
          const values = expand(cell)
          return values.length === 1 ? (values[0] ?? '') : (values[index] ?? '?')
        }),
      )
    })
  }
  return cells
}

describe('docs/emulator.md remote table', () => {
  const cell = (action: ButtonAction) =>
    action.kind === 'key' ? String(action.code) : action.kind === 'system' ? 'system' : '—'
  it('lists every button with the code each platform sends', () => {
    const documented = documentedCells()
    expect([...documented.keys()].sort()).toEqual([...BUTTON_IDS].sort())
    for (const id of BUTTON_IDS) {
      expect({ id, cells: documented.get(id) }).toEqual({
        id,
        cells: PLATFORM_IDS.map((p) => cell(REMOTES[p][id])),
      })
    }
  })
})
