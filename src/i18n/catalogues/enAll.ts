import type { Catalogue } from '../catalogue'
import { en } from './en'
import { enLive } from './enLive'
import { enSettings } from './enSettings'
import { enSpeech } from './enSpeech'
import { enStory } from './enStory'

/** English in full, every group: for command-line tools and for comparing catalogues, never at start-up. */
export const enAll = {
  ...en,
  story: enStory,
  settings: enSettings,
  live: enLive,
  speech: enSpeech,
} satisfies Catalogue
