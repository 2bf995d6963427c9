import { describe, expect, it } from 'vitest'
import { posterOf, startupPreloadLinks } from '../../../build/preload'

type Bundle = Parameters<typeof startupPreloadLinks>[0]

const bundle = {
  'assets/index-a.js': {
    type: 'chunk',
    fileName: 'assets/index-a.js',
    facadeModuleId: '/app/src/main.ts',
    isEntry: true,
    imports: ['assets/theme-h.js'],
    code: 'import "./theme-h.js"; const font = new URL("inter-d.woff2", import.meta.url)',
  },
  'assets/theme-h.js': {
    type: 'chunk',
    fileName: 'assets/theme-h.js',
    isEntry: false,
    imports: [],
    code: 'export const bold = "inter-bold-i.woff2"',
  },
  'assets/arabicFonts-g.js': {
    type: 'chunk',
    fileName: 'assets/arabicFonts-g.js',
    facadeModuleId: '/app/src/arabicFonts.ts',
    isEntry: false,
    imports: ['assets/theme-h.js'],
    code: 'export const faces = ["noto-f.woff2"]',
  },
  'assets/feedPipeline-b.js': {
    type: 'chunk',
    fileName: 'assets/feedPipeline-b.js',
    facadeModuleId: '/app/src/data/feedPipeline.ts',
    isEntry: false,
    imports: [],
    code: '',
  },
  'assets/StoryPage-c.js': {
    type: 'chunk',
    fileName: 'assets/StoryPage-c.js',
    facadeModuleId: '/app/src/pages/story/StoryPage.ts',
    isEntry: false,
    imports: [],
    code: '',
  },
  'assets/inter-d.woff2': { type: 'asset', fileName: 'assets/inter-d.woff2' },
  'assets/inter-bold-i.woff2': { type: 'asset', fileName: 'assets/inter-bold-i.woff2' },
  'assets/noto-f.woff2': { type: 'asset', fileName: 'assets/noto-f.woff2' },
  'assets/icon-e.png': { type: 'asset', fileName: 'assets/icon-e.png' },
} as unknown as Bundle

describe('startupPreloadLinks', () => {
  const links = startupPreloadLinks(bundle)

  it('fetches settings.json and the fonts start-up code names from the start', () => {
    expect(links).toEqual([
      '<link rel="preload" href="./settings.json" as="fetch" crossorigin>',
      '<link rel="preload" href="./assets/inter-d.woff2" as="font" type="font/woff2" crossorigin>',
      '<link rel="preload" href="./assets/inter-bold-i.woff2" as="font" type="font/woff2" crossorigin>',
    ])
  })

  it('preloads no lazy chunk: the feed parser waits for the first frame, the pages for their first visit', () => {
    expect(links.join('\n')).not.toMatch(/modulepreload|feedPipeline|StoryPage/)
  })

  it('leaves out the fonts only a lazily loaded chunk names (the Arabic faces)', () => {
    expect(links.join('\n')).not.toContain('noto-f.woff2')
  })

  it('fetches the live poster named in settings.json the way the app asks for it', () => {
    const settings = { appSettings: { live: { poster: './static/images/poster "1".jpg' } } }
    expect(startupPreloadLinks(bundle, settings)).toContain(
      '<link rel="preload" href="./static/images/poster &quot;1&quot;.jpg" as="image" crossorigin="anonymous">',
    )
  })

  it('preloads no poster when there is none, or it is not a relative or http(s) URL', () => {
    for (const poster of [undefined, '', 'javascript:alert(1)', 'data:image/png;base64,AAAA']) {
      const links = startupPreloadLinks(bundle, { appSettings: { live: { poster } } })
      expect(links.join('\n'), String(poster)).not.toContain('as="image"')
    }
    expect(posterOf({ appSettings: { live: { poster: 'https://cdn.example.org/p.jpg' } } })).toBe(
      'https://cdn.example.org/p.jpg',
    )
  })

  it('leaves the pages Home does not need to load on first visit', () => {
    expect(links.join('\n')).not.toContain('StoryPage')
  })
})
