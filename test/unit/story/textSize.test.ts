import { describe, expect, it } from 'vitest'
import { stepTextSize } from '../../../src/data/textSize'

describe('stepTextSize', () => {
  it('steps up and down through S, M and L, stopping at the ends', () => {
    expect(stepTextSize('S', 1)).toBe('M')
    expect(stepTextSize('M', 1)).toBe('L')
    expect(stepTextSize('L', 1)).toBe('L')
    expect(stepTextSize('L', -1)).toBe('M')
    expect(stepTextSize('S', -1)).toBe('S')
  })
})
