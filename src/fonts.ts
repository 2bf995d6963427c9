import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url'
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff2?url'
import interExtRegular from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2?url'
import interExtBold from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2?url'
import { fontFamily } from './ui/theme'

/**
 * Inter (SIL Open Font License, bundled from @fontsource/inter): drawn for screens, with clear figures and
 * open shapes that survive TV scaling. Latin and Latin Extended; other scripts (Arabic, Cyrillic, CJK…)
 * fall back to the device's own fontFamily, textStyle, which canvas text does per glyph.
 */
const LATIN =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD'
const LATIN_EXT =
  'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF'

export interface FontFaceDefinition {
  family: string
  url: string
  descriptors: FontFaceDescriptors
}

export const fontFaces: FontFaceDefinition[] = [
  { family: fontFamily, url: interRegular, descriptors: { weight: '400', unicodeRange: LATIN } },
  { family: fontFamily, url: interBold, descriptors: { weight: '700', unicodeRange: LATIN } },
  { family: fontFamily, url: interExtRegular, descriptors: { weight: '400', unicodeRange: LATIN_EXT } },
  { family: fontFamily, url: interExtBold, descriptors: { weight: '700', unicodeRange: LATIN_EXT } },
]
