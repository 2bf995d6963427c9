import { afterEach, describe, expect, it } from 'vitest'
import { child } from '../../src/ui/child'
import { MessagePanel } from '../../src/ui/MessagePanel'
import { textStyle } from '../../src/ui/theme'
import { type Mounted, mount } from './harness/mount'

describe('MessagePanel', () => {
  let view: Mounted<MessagePanel>
  afterEach(() => view.destroy())

  it('focuses its one button, under its automation id', () => {
    view = mount(MessagePanel, {
      title: 'Nothing here',
      message: 'Short.',
      action: { label: 'Go to Home', id: 'not-found-home' },
    })
    expect(view.focusedTestId()).toBe('not-found-home')
    expect(child(view.subject, 'Title').text?.text).toBe('Nothing here')
  })

  it('puts the button under the last line of a message that takes several lines', async () => {
    view = mount(MessagePanel, { title: 'T', message: 'One line.', action: { label: 'Retry', id: 'retry' } })
    const button = child(view.subject, 'Action')
    const message = child(view.subject, 'Message')
    await waitForLayout(view, () => message.renderHeight > 0)
    const oneLine = button.y
    // Line breaks rather than wrapping: the test canvas measures no text widths, so nothing wraps here.
    view.subject.message = 'First line.\nSecond line.\nThird line.'
    await waitForLayout(view, () => message.renderHeight > 2 * textStyle.bodyMuted.lineHeight)
    expect(button.y).toBeGreaterThan(oneLine)
    expect(button.y).toBeGreaterThanOrEqual(message.y + message.renderHeight)
  })
})

/** Text textures are drawn asynchronously: runs frames until the condition holds. */
async function waitForLayout(view: Mounted<MessagePanel>, done: () => boolean): Promise<void> {
  for (let i = 0; i < 50 && !done(); i++) {
    view.frame()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  view.frame()
  expect(done()).toBe(true)
}
