import type { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { Header } from '../../ui/Header'
import { safe, stage, textStyle } from '../../ui/theme'
import { AboutPanel } from './AboutPanel'
import { GuidanceRow } from './GuidanceRow'
import { settingsLayout } from './layout'
import { Pill } from './Pill'
import { SectionList } from './SectionList'
import { TextSizeRow } from './TextSizeRow'

export interface SettingsSpec extends Lightning.Component.TemplateSpec {
  Header: typeof Header
  Guidance: typeof GuidanceRow
  SizeHeading: object
  TextSize: typeof TextSizeRow
  Preview: object
  SectionsHeading: object
  Hint: object
  Sections: typeof SectionList
  StoredHeading: object
  StoredText: object
  Reset: typeof Pill
  ClearHistory: typeof Pill
  Language: typeof Pill
  ResetStatus: object
  Breaking: typeof Pill
  About: typeof AboutPanel
}

const { columnA: a, columnB: b } = settingsLayout

/**
 * Settings' elements and where they sit (layout.ts has the numbers): column A holds the viewer's choices
 * (guidance, text size, sections), column B maintenance (reset, language, history, banners) and About. Their
 * words are set by the page from the UI language's catalogue.
 */
export function settingsTemplate(): Lightning.Component.Template<SettingsSpec> {
  const { x } = a
  return {
    ...testId('settings'),
    w: stage.w,
    h: stage.h,
    Header: { type: Header },
    Guidance: { type: GuidanceRow, x, y: a.guidanceY, w: a.textW },
    SizeHeading: { x, y: a.sizeHeadingY, text: { text: '', ...textStyle.title } },
    // Widths on the containers: a mirrored (RTL) layout places each child from its parent's right edge.
    TextSize: { type: TextSizeRow, x, y: a.textSizeY, w: a.textW },
    Preview: {
      x,
      y: a.previewY,
      ...testId('settings-preview'),
      text: {
        text: '',
        ...textStyle.bodyMuted,
        wordWrapWidth: a.textW,
        maxLines: 1,
      },
    },
    SectionsHeading: { x, y: a.sectionsHeadingY, text: { text: '', ...textStyle.title } },
    Hint: {
      x,
      y: a.hintY,
      ...testId('settings-hint'),
      text: { text: '', ...textStyle.label, wordWrapWidth: a.textW, maxLines: 1 },
    },
    // Runs to the bottom of title-safe; the list scrolls inside it.
    Sections: {
      type: SectionList,
      x,
      y: a.sectionsY,
      w: settingsLayout.sectionRow.w,
      viewportHeight: safe.title.bottom - a.sectionsY,
    },
    StoredHeading: { x: b.x, y: b.storedHeadingY, text: { text: '', ...textStyle.title } },
    StoredText: {
      x: b.x,
      y: b.storedTextY,
      text: {
        text: '',
        ...textStyle.label,
        wordWrapWidth: b.w,
      },
    },
    Reset: {
      type: Pill,
      x: b.x,
      y: b.resetY,
      layoutWidth: b.resetW,
      align: 'center',
      ...testId('settings-reset-cache'),
    },
    ClearHistory: {
      type: Pill,
      x: b.x,
      y: b.historyY,
      layoutWidth: b.historyW,
      align: 'center',
      ...testId('settings-clear-history'),
    },
    // The interface language, by its own name; OK moves to the next one and restarts the app in it.
    Language: {
      type: Pill,
      x: b.languageX,
      y: b.resetY,
      layoutWidth: b.languageW,
      align: 'center',
      ...testId('settings-language'),
    },
    ResetStatus: {
      x: b.x,
      y: b.resetStatusY,
      ...testId('settings-reset-status'),
      text: { text: '', ...textStyle.label, wordWrapWidth: b.w, maxLines: 2 },
    },
    Breaking: {
      type: Pill,
      x: b.x,
      y: b.breakingY,
      layoutWidth: b.w,
      ...testId('settings-breaking'),
    },
    About: { type: AboutPanel, x: b.x, y: b.aboutY, w: b.w, ...testId('settings-about') },
  }
}
