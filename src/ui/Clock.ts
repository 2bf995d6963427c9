import { Lightning } from '@lightningjs/sdk'
import { localeOf } from './localeOf'
import { textStyle } from './theme'

/**
 * A wall clock that redraws once a minute, on the minute (a text texture per second would be wasted work on
 * a set-top box). Right-aligned at its x: place it with mountX 1.
 */
export class Clock extends Lightning.Component {
  private timer: ReturnType<typeof setTimeout> | undefined

  static override _template(): Lightning.Component.Template {
    return {
      text: {
        text: '',
        ...textStyle.title,
      },
    }
  }

  override _attach(): void {
    this.tick()
  }

  override _detach(): void {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
  }

  private tick(): void {
    const now = new Date()
    this.text = { text: localeOf(this).time(now) }
    const msToNextMinute = 60_000 - (now.getSeconds() * 1000 + now.getMilliseconds())
    this.timer = setTimeout(() => this.tick(), msToNextMinute + 50)
  }
}
