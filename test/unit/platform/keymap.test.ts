import { describe, expect, it } from 'vitest'
import {
  applyKeyOverrides,
  codeFor,
  desktopKeyMap,
  firetvKeyMap,
  isKeyName,
  type KeyMap,
  rdkKeyMap,
  TIZEN_KEY_NAMES,
  tizenKeyMap,
  webosKeyMap,
} from '../../../src/platform/keymap'

const DPAD = { 13: 'Enter', 37: 'Left', 38: 'Up', 39: 'Right', 40: 'Down' }

describe('platform key maps', () => {
  const maps: Record<string, KeyMap> = {
    desktop: desktopKeyMap,
    rdk: rdkKeyMap,
    tizen: tizenKeyMap,
    webos: webosKeyMap,
    firetv: firetvKeyMap,
  }

  it.each(Object.entries(maps))(
    '%s has the five-way pad, a Back key and only known key names',
    (_name, map) => {
      expect(map).toMatchObject(DPAD)
      expect(codeFor(map, 'Back')).toBeDefined()
      for (const name of Object.values(map)) expect(isKeyName(name)).toBe(true)
    },
  )

  it('desktop: Backspace and Escape are Back, Page Up/Down page, Space plays, M opens the menu', () => {
    expect(desktopKeyMap).toMatchObject({
      8: 'Back',
      27: 'Back',
      33: 'PageUp',
      34: 'PageDown',
      32: 'PlayPause',
      77: 'Menu',
    })
    expect(codeFor(desktopKeyMap, 'Exit')).toBeUndefined()
  })

  it('RDK/WPE: Lightning defaults, Back 8 and Exit 27, plus channel and media keys', () => {
    expect(rdkKeyMap).toMatchObject({ 8: 'Back', 27: 'Exit', 33: 'PageUp', 34: 'PageDown', 179: 'PlayPause' })
  })

  it('Tizen: Back 10009, Exit 10182, Tools is Menu, channel keys page, media and colour keys', () => {
    expect(tizenKeyMap).toMatchObject({
      10009: 'Back',
      10182: 'Exit',
      10135: 'Menu',
      427: 'PageUp',
      428: 'PageDown',
      10252: 'PlayPause',
      415: 'Play',
      19: 'Pause',
      403: 'Red',
    })
    // Backspace and Escape are not Tizen remote keys: nothing maps them (no stray Lightning defaults).
    expect(tizenKeyMap[8]).toBeUndefined()
    expect(tizenKeyMap[27]).toBeUndefined()
  })

  it('Tizen: every key that needs registration has its Tizen name, and Back/Exit/the pad need none', () => {
    for (const code of [403, 404, 405, 406, 427, 428, 10252, 415, 19, 413, 412, 417, 10135]) {
      expect(TIZEN_KEY_NAMES[code], `code ${code}`).toBeTypeOf('string')
    }
    for (const code of [10009, 10182, 13, 37, 38, 39, 40]) expect(TIZEN_KEY_NAMES[code]).toBeUndefined()
  })

  it('webOS: Back 461, Channel ± as Page Up/Down, media keys, no Exit', () => {
    expect(webosKeyMap).toMatchObject({
      461: 'Back',
      33: 'PageUp',
      34: 'PageDown',
      415: 'Play',
      19: 'Pause',
      413: 'Stop',
    })
    expect(codeFor(webosKeyMap, 'Exit')).toBeUndefined()
  })

  it("Fire TV: Back is Android's 4, media keys 179/227/228", () => {
    expect(firetvKeyMap).toMatchObject({ 4: 'Back', 179: 'PlayPause', 227: 'Rewind', 228: 'FastForward' })
  })
})

describe('applyKeyOverrides', () => {
  it('adds, replaces and removes codes without touching the base map', () => {
    const result = applyKeyOverrides(desktopKeyMap, { 113: 'Menu', 77: null, 27: 'Exit' })
    expect(result[113]).toBe('Menu')
    expect(result[77]).toBeUndefined()
    expect(result[27]).toBe('Exit')
    expect(desktopKeyMap[77]).toBe('Menu')
    expect(desktopKeyMap[27]).toBe('Back')
  })
})
