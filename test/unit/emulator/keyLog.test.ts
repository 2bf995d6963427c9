import { describe, expect, it } from 'vitest'
import { describeEntry, type LogEntry, pressArgument, toTestScript } from '../../../emulator/keyLog'

const entry = (partial: Partial<LogEntry> & Pick<LogEntry, 'button'>): LogEntry => ({
  seq: 1,
  platform: 'tizen',
  code: undefined,
  repeats: 0,
  heldMs: 80,
  before: { screen: 'home', focus: 'tile-top-0' },
  ...partial,
})

const context = {
  platform: 'tizen' as const,
  resolution: '1080p' as const,
  startScreen: 'home',
  date: new Date('2026-11-25T10:00:00Z'),
}

describe('key log', () => {
  it('names desktop codes as the harness does and leaves TV codes as numbers', () => {
    expect(pressArgument(39)).toBe("'Right'")
    expect(pressArgument(8)).toBe("'Backspace'")
    expect(pressArgument(10009)).toBe('10009')
  })

  it('describes a press with its code and the screen it led to', () => {
    const right = entry({ button: 'right', code: 39, after: { screen: 'home', focus: 'tile-top-1' } })
    expect(describeEntry(right)).toBe('Right (39) → home · tile-top-1')
    expect(describeEntry({ ...right, after: undefined })).toBe('Right (39) → …')
    expect(describeEntry({ ...right, repeats: 4, heldMs: 900 })).toBe(
      'Right (39) held 900 ms, 4 repeats → home · tile-top-1',
    )
    expect(describeEntry(entry({ button: 'home', outcome: 'the TV home screen' }))).toBe(
      'Home → the TV home screen',
    )
  })

  it('writes the presses as an e2e test in the harness style', () => {
    const script = toTestScript(
      [
        entry({ button: 'right', code: 39, after: { screen: 'home', focus: 'tile-top-1' } }),
        entry({
          button: 'ok',
          code: 13,
          before: { screen: 'home', focus: 'tile-top-1' },
          after: { screen: 'story/a1', focus: 'story' },
        }),
        entry({
          button: 'back',
          code: 10009,
          before: { screen: 'story/a1', focus: 'story' },
          after: { screen: 'home', focus: 'tile-top-1' },
        }),
        entry({
          button: 'down',
          code: 40,
          repeats: 3,
          heldMs: 820,
          after: { screen: 'home', focus: "it's" },
        }),
        entry({ button: 'exit', code: 10182, outcome: 'Lightwire exited (tizen.exit on tizen)' }),
        entry({ button: 'home', outcome: 'the TV home screen' }),
      ],
      context,
    )
    expect(script).toBe(
      [
        '// Recorded in the Lightwire TV emulator (tizen, 1080p) on 2026-11-25T10:00:00.000Z',
        "it('does what was recorded in the emulator', async () => {",
        "  const tv = await tvs.open({ hash: 'home', query: { platform: 'tizen' } })",
        "  await tv.press('Right')",
        "  expect(await tv.focusedId()).toBe('tile-top-1')",
        "  await tv.press('Enter')",
        "  await tv.waitForFocus('story') // #story/a1",
        '  await tv.press(10009) // Back',
        "  await tv.waitForFocus('tile-top-1') // #home",
        "  await tv.hold('Down', 820)",
        "  expect(await tv.focusedId()).toBe('it\\'s')",
        '  await tv.press(10182) // Exit',
        '  // Lightwire exited (tizen.exit on tizen)',
        '  // Home: the TV home screen (not scriptable with tv.press)',
        '})',
        '',
      ].join('\n'),
    )
  })

  it('opens a 720p desktop TV with the matching viewport', () => {
    const script = toTestScript([], { ...context, platform: 'desktop', resolution: '720p', startScreen: '' })
    expect(script).toContain(
      "const tv = await tvs.open({ query: { resolution: '720p' }, viewport: { width: 1280, height: 720 } })",
    )
    expect(toTestScript([], { ...context, platform: 'desktop', startScreen: '' })).toContain(
      'const tv = await tvs.open()',
    )
  })
})
