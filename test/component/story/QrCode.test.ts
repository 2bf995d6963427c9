import { afterEach, describe, expect, it } from 'vitest'
import { child } from '../../../src/ui/child'
import { QrCode } from '../../../src/ui/QrCode'
import { type Mounted, mount } from '../harness/mount'

describe('QrCode', () => {
  let view: Mounted<QrCode>
  afterEach(() => view.destroy())

  it('draws an http(s) URL as whole-pixel dark rectangles on a white plate of the given size', () => {
    view = mount(QrCode, { size: 200, url: 'https://news.example.org/world/a-story' })
    view.frame()
    const qr = view.subject
    expect(qr.visible).toBe(true)
    expect(qr.encoded).toBe('https://news.example.org/world/a-story')
    expect(qr.w).toBe(200)
    const rects = child(qr, 'Modules').children
    expect(rects.length).toBeGreaterThan(50)
    const cell = Math.floor(200 / (qr.moduleCount + 6))
    for (const rect of rects) {
      expect(rect.w % cell).toBe(0)
      expect(rect.h % cell).toBe(0)
      expect(rect.x + rect.w).toBeLessThanOrEqual(200)
      expect(rect.y + rect.h).toBeLessThanOrEqual(200)
    }
  })

  it('hides itself for anything but an http(s) URL, and comes back for a good one', () => {
    view = mount(QrCode, { size: 200, url: 'javascript:alert(1)' })
    expect(view.subject.visible).toBe(false)
    expect(view.subject.encoded).toBeUndefined()
    view.subject.url = 'https://example.org/ok'
    expect(view.subject.visible).toBe(true)
    view.subject.url = undefined
    expect(view.subject.visible).toBe(false)
    expect(child(view.subject, 'Modules').children).toHaveLength(0)
  })
})
