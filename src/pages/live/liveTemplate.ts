import type { Lightning } from '@lightningjs/sdk'
import { testId } from '../../ui/automation'
import { roundedBox } from '../../ui/rounded'
import { colors, radius, space, stage, textStyle } from '../../ui/theme'
import { CaptionsControl } from './CaptionsControl'
import { LiveMessage } from './LiveMessage'
import { LiveOverlay } from './LiveOverlay'
import { liveLayout } from './layout'

export interface LiveSpec extends Lightning.Component.TemplateSpec {
  Overlay: typeof LiveOverlay
  Sound: { Box: object; Label: object }
  Status: typeof LiveMessage
  Problem: typeof LiveMessage
  Captions: typeof CaptionsControl
}

/** What the live page draws over the video: the info overlay, the sound note, status and error panels, captions. */
export function liveTemplate(): Lightning.Component.Template<LiveSpec> {
  const { sound } = liveLayout
  return {
    ...testId('live'),
    w: stage.w,
    h: stage.h,
    Overlay: { type: LiveOverlay },
    Sound: {
      ...testId('live-sound'),
      x: sound.x,
      y: sound.y,
      h: sound.h,
      w: sound.w,
      visible: false,
      // A shared rounded texture (src/ui/rounded.ts), not a per-frame corner shader the text is drawn through.
      Box: roundedBox(sound.w, sound.h, radius.s, colors.scrim),
      Label: {
        x: space.m,
        text: {
          text: '',
          ...textStyle.label,
          textColor: colors.text,
          lineHeight: sound.h,
          verticalAlign: 'middle',
        },
      },
    },
    Status: { type: LiveMessage, ...testId('live-status') },
    Problem: { type: LiveMessage, ...testId('error') },
    Captions: {
      type: CaptionsControl,
      x: liveLayout.captions.right,
      y: liveLayout.captions.y,
      mountX: 1,
      ...testId('live-captions'),
    },
  }
}
