/**
 * Issue 15: an Arabic interface mirrors (`?lang=ar`), and Arabic-script stories are right-aligned and drawn in
 * the bundled Arabic font in any interface language. Positions come from `window.lightwire.rectOf`, which
 * reads where Lightning draws (the inspector's DOM mirror knows nothing of `rtl`). Screenshots of the Arabic
 * screens are saved under test-results/screenshots/ for a person to look at.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defined } from '../defined'
import { HOME_START } from './harness/screens'
import { useTv } from './harness/suite'
import type { Rect, Tv } from './harness/tv'

const ROOT = new URL('../..', import.meta.url).pathname
/** Strips the bidi controls the app puts around right-to-left lines and phrases. */
const bare = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')

/** The bundled settings with the Arabic sample feed as the first section (it is not in the default set). */
function withArabicFeed(): unknown {
  const settings = JSON.parse(readFileSync(join(ROOT, 'settings.json'), 'utf8'))
  settings.appSettings.sections.unshift({ id: 'arabic', title: 'عربي', url: './static/feeds/arabic.xml' })
  return settings
}

async function rectOf(tv: Tv, id: string): Promise<Rect> {
  const rect = await tv.page.evaluate((testId) => window.lightwire?.rectOf(testId), id)
  return defined(rect, `rectOf(${id})`)
}

/** How a text element with this automation id (or its child `child`) is aligned and what it draws. */
function textOf(tv: Tv, id: string, child?: string): Promise<{ align: string; text: string }> {
  return tv.page.evaluate(
    ([testId, path]) => {
      type Element = { tag(path: string): Element | undefined; text?: { textAlign: string; text: string } }
      const node = document.querySelector(`[data-testid="${testId}"]`) as unknown as {
        element: Element
      } | null
      const element = path ? node?.element.tag(path) : node?.element
      return { align: element?.text?.textAlign ?? '', text: element?.text?.text ?? '' }
    },
    [id, child ?? ''] as const,
  )
}

/** True once the bundled Arabic face is loaded and the app's font draws Arabic with it (no missing glyphs). */
function arabicFontLoaded(tv: Tv): Promise<boolean> {
  return tv.page.evaluate(() => {
    const faces = [...document.fonts].filter((face) => /U\+0?600-/.test(face.unicodeRange))
    const family = faces[0]?.family ?? ''
    return (
      faces.length > 0 &&
      faces.every((face) => face.status === 'loaded') &&
      document.fonts.check(`400 32px ${family}`, 'مكتبة الحي القديم')
    )
  })
}

describe('an Arabic-script feed in the English interface', () => {
  const tvs = useTv()

  it('right-aligns its tiles and its story, in the bundled Arabic font', async () => {
    const tv = await tvs.open({ settings: withArabicFeed() })
    await tv.waitFor('tile-arabic-0')
    expect(await arabicFontLoaded(tv)).toBe(true)
    const tile = await textOf(tv, 'tile-arabic-0', 'Card.Headline')
    expect(tile.align).toBe('right')
    expect(bare(tile.text)).toContain('مكتبة الحي القديم')
    // An English row beside it stays left-aligned.
    expect((await textOf(tv, 'tile-top-0', 'Card.Headline')).align).toBe('left')
    // The English interface is not mirrored: the first tile is left of the second.
    expect((await rectOf(tv, 'tile-arabic-0')).x).toBeLessThan((await rectOf(tv, 'tile-arabic-1')).x)

    await tv.press('Down', 2)
    expect(await tv.focusedId()).toBe('tile-arabic-0')
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const title = await textOf(tv, 'story-title')
    expect(title.align).toBe('right')
    expect(bare(title.text)).toContain('مكتبة')
    // Its paragraphs sit against the column's right edge.
    const paragraphs = await tv.page.evaluate(() => {
      type Element = { children: { text?: { textAlign: string } }[] }
      const node = document.querySelector('[data-testid="story"]') as unknown as { element: Element }
      return node.element.children.map((child) => child.text?.textAlign)
    })
    expect(paragraphs.length).toBeGreaterThan(0)
    expect(new Set(paragraphs)).toEqual(new Set(['right']))
    await tv.screenshot('languages-en-arabic-story')
  })
})

describe('the Arabic interface (?lang=ar)', () => {
  const tvs = useTv()

  it('speaks Arabic and mirrors Home: rows start at the right, Left is the next tile, Back asks to leave', async () => {
    const tv = await tvs.open({ query: { lang: 'ar' } })
    await tv.waitForFocus(HOME_START)
    expect(bare(await tv.text('header-settings'))).toBe('الإعدادات')
    // Mirrored header: the brand on the right, the Settings entry left of it.
    expect((await rectOf(tv, 'header-settings')).x).toBeLessThan(960)

    await tv.press('Down', 2)
    expect(await tv.focusedId()).toBe('tile-top-0')
    const first = await rectOf(tv, 'tile-top-0')
    const second = await rectOf(tv, 'tile-top-1')
    expect(first.x).toBeGreaterThan(second.x)
    // The focused first tile is wholly inside action-safe (x 96–1822).
    expect(first.x + first.w).toBeLessThanOrEqual(1822)
    await tv.screenshot('languages-ar-home')

    await tv.press('Left')
    await tv.waitForFocus('tile-top-1')
    await tv.press('Right')
    await tv.waitForFocus('tile-top-0')

    // Back to the top of Home, then Back asks to leave; the default answer (stay) keeps the app.
    await tv.press('Up', 2)
    await tv.waitForFocus(HOME_START)
    await tv.press('Backspace')
    await tv.waitForFocus('exit-no')
    expect(bare(await tv.text('exit-dialog'))).toContain('هل تريد الخروج')
    await tv.screenshot('languages-ar-exit-dialog')
    await tv.press('Enter')
    await tv.waitForFocus(HOME_START)
    expect(tv.errors).toEqual([])
  })

  it('mirrors the reader (image column on the right) and Settings, and Back returns to the tile', async () => {
    const tv = await tvs.open({ query: { lang: 'ar' } })
    await tv.waitForFocus(HOME_START)
    // The rows arrive after Home's first frame: wait for them rather than pressing into skeletons.
    await tv.waitFor('tile-top-1')
    await tv.press('Down', 2)
    await tv.press('Left')
    await tv.waitForFocus('tile-top-1')
    await tv.press('Enter')
    await tv.waitForFocus('story')
    const text = await rectOf(tv, 'story')
    const qr = await rectOf(tv, 'story-qr')
    expect(qr.x).toBeGreaterThan(text.x + text.w)
    expect(bare(await tv.text('story-page'))).toMatch(/^الصفحة 1 من \d+/)
    await tv.screenshot('languages-ar-story')
    await tv.press('Backspace')
    await tv.waitForFocus('tile-top-1')

    await tv.press('Up', 3)
    await tv.waitForFocus('header-settings')
    await tv.press('Enter')
    await tv.waitForFocus(/^text-size-/)
    // The text size choices run from the right: Small (first) is right of Large.
    expect((await rectOf(tv, 'text-size-s')).x).toBeGreaterThan((await rectOf(tv, 'text-size-l')).x)
    await tv.screenshot('languages-ar-settings')
    await tv.press('Backspace')
    await tv.waitForFocus('header-settings')
    expect(tv.errors).toEqual([])
  })
})

describe('choosing the language in Settings', () => {
  const tvs = useTv()

  it('Settings’ language button restarts the app in the next language and remembers it', async () => {
    const tv = await tvs.open({ hash: 'settings' })
    await tv.waitForFocus('text-size-m')
    await tv.press('Right', 3)
    expect(await tv.focusedId()).toBe('settings-language')
    expect(await tv.text('settings-language')).toBe('English')
    await tv.screenshot('languages-en-settings-language')
    // OK reloads the page: wait for the new one, not for a frame of the old.
    await Promise.all([tv.page.waitForEvent('load'), tv.page.keyboard.press('Enter')])
    await tv.waitForFocus(/^text-size-/)
    expect(bare(await tv.text('settings-language'))).toBe('العربية')
    expect(bare(await tv.text('text-size-s'))).toBe('صغير')
    // Kept on the device: a plain reload starts in Arabic again.
    await tv.page.reload()
    await tv.waitForFocus(/^text-size-/)
    expect(bare(await tv.text('text-size-s'))).toBe('صغير')
    expect(tv.errors).toEqual([])
  })
})
