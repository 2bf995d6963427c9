import { describe, expect, it } from 'vitest'
import { findChrome } from '../../e2e/harness/chrome'

describe('findChrome', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChrome({ CHROME_PATH: '/opt/my/chrome' }, (p) => p === '/opt/my/chrome')).toBe(
      '/opt/my/chrome',
    )
  })

  it('fails clearly when CHROME_PATH points nowhere', () => {
    expect(() => findChrome({ CHROME_PATH: '/nope' }, () => false)).toThrow(/CHROME_PATH points at \/nope/)
  })

  it('finds Debian chromium', () => {
    expect(findChrome({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium')
  })

  it('says how to install a browser when there is none', () => {
    expect(() => findChrome({}, () => false)).toThrow(/apt-get install -y chromium/)
  })
})
