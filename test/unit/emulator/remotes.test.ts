import { describe, expect, it } from 'vitest'
import { BUTTON_IDS, describeAction, REMOTES } from '../../../emulator/remotes'
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
