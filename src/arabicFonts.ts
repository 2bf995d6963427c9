import notoArabicRegular from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url'
import notoArabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url'
import type { FontFaceDefinition } from './fonts'
import { fontFamily } from './ui/theme'

/**
 * Noto Sans Arabic (SIL Open Font License, bundled from @fontsource/noto-sans-arabic): Inter has no Arabic
 * glyphs, and a TV's own fonts often have none either (a missing glyph is drawn as a box). Its sans design
 * sits well beside Inter. Registered under the app's one font family with the Arabic unicode-range, so
 * canvas text takes each glyph from the face that has it. This module is a chunk of its own, loaded only
 * when Arabic-script text or an RTL language is on screen (platform/scriptFonts.ts).
 */
const ARABIC =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC'

export const arabicFontFaces: FontFaceDefinition[] = [
  { family: fontFamily, url: notoArabicRegular, descriptors: { weight: '400', unicodeRange: ARABIC } },
  { family: fontFamily, url: notoArabicBold, descriptors: { weight: '700', unicodeRange: ARABIC } },
]
