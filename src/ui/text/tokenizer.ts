import { TextTokenizer } from '@lightningjs/core'
import { wrapTokens } from '../../data/text/lineBreak'

/**
 * Makes Lightning's word wrapper break where text from feeds needs it: between Chinese/Japanese characters
 * and inside words too long for a line (see `wrapTokens`). Its default tokenizer breaks only at spaces, so a
 * CJK headline or a 300-letter word ran out of its tile across the screen. Installed once, before the stage
 * draws any text; the reader lays out its own lines and does not wrap through Lightning.
 */
export function installWrapTokenizer(): void {
  TextTokenizer.setCustomTokenizer((text) => [{ tokens: wrapTokens(text) }])
}
