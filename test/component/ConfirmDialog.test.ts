import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConfirmDialog } from '../../src/ui/ConfirmDialog'
import { type Mounted, mount } from './harness/mount'

describe('ConfirmDialog', () => {
  let view: Mounted<ConfirmDialog>
  afterEach(() => view.destroy())

  function openDialog() {
    view = mount(ConfirmDialog, { visible: false })
    const handlers = { onConfirm: vi.fn(), onCancel: vi.fn() }
    view.subject.open({
      title: 'Exit Lightwire?',
      message: 'Sure?',
      confirmLabel: 'Exit',
      cancelLabel: 'Stay',
      testIds: { confirm: 'exit-yes', cancel: 'exit-no' },
      handlers,
    })
    view.frame()
    return handlers
  }

  it('focuses the safe choice first', () => {
    openDialog()
    expect(view.subject.isOpen).toBe(true)
    expect(view.focusedTestId()).toBe('exit-no')
  })

  it('moves between the choices with Left and Right', () => {
    openDialog()
    view.press('Right')
    expect(view.focusedTestId()).toBe('exit-yes')
    view.press('Left')
    expect(view.focusedTestId()).toBe('exit-no')
  })

  it('confirms with OK on the confirming choice and closes', () => {
    const handlers = openDialog()
    view.press('Right')
    view.press('Enter')
    expect(handlers.onConfirm).toHaveBeenCalledTimes(1)
    expect(handlers.onCancel).not.toHaveBeenCalled()
    expect(view.subject.isOpen).toBe(false)
  })

  it('treats Back as "stay"', () => {
    const handlers = openDialog()
    view.press('Right')
    view.press('Back')
    expect(handlers.onCancel).toHaveBeenCalledTimes(1)
    expect(handlers.onConfirm).not.toHaveBeenCalled()
  })

  it('swallows keys it does not use, so focus cannot leave the dialog', () => {
    openDialog()
    view.press('Down')
    view.press('Up')
    expect(view.focusedTestId()).toBe('exit-no')
  })
})
