import { SectionStories } from '../src/data/headlines'
import type { Story } from '../src/data/model'

/**
 * A section's stories as the store holds them (columns, the lead whole) that also keep every story whole, so a
 * test's fake store or fixture can open any of them as the real store does from storage.
 */
export class WholeSectionStories extends SectionStories {
  constructor(readonly whole: readonly Story[]) {
    super(whole)
  }
}
