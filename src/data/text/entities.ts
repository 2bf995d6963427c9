/**
 * HTML character references → characters. Feeds carry HTML inside XML, so text arrives escaped once, twice
 * (`&amp;amp;`, `&amp;#8217;`) or with HTML-only names (`&nbsp;`, `&mdash;`) that XML itself does not know.
 * The table is HTML 4's 252 names (what publishers' CMSs actually emit), kept compact to stay off the bundle.
 */

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'
const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho'
const GREEK_UPPER_2 = 'Sigma Tau Upsilon Phi Chi Psi Omega'
const GREEK_LOWER =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau ' +
  'upsilon phi chi psi omega'
const OTHERS =
  'quot:34 amp:38 apos:39 lt:60 gt:62 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 circ:710 ' +
  'tilde:732 thetasym:977 upsih:978 piv:982 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 ' +
  'rlm:8207 ndash:8211 mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 bdquo:8222 ' +
  'dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 Prime:8243 lsaquo:8249 rsaquo:8250 ' +
  'oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 real:8476 trade:8482 alefsym:8501 larr:8592 ' +
  'uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 rArr:8658 dArr:8659 hArr:8660 ' +
  'forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 notin:8713 ni:8715 prod:8719 sum:8721 ' +
  'minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 and:8743 or:8744 cap:8745 cup:8746 ' +
  'int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ge:8805 sub:8834 sup:8835 ' +
  'nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 lceil:8968 rceil:8969 ' +
  'lfloor:8970 rfloor:8971 lang:9001 rang:9002 loz:9674 spades:9824 clubs:9827 hearts:9829 diams:9830'

function buildTable(): Map<string, string> {
  const table = new Map<string, string>()
  const run = (names: string, first: number) => {
    names.split(' ').forEach((name, i) => {
      table.set(name, String.fromCharCode(first + i))
    })
  }
  run(LATIN1, 160)
  run(GREEK_UPPER, 913)
  run(GREEK_UPPER_2, 931)
  run(GREEK_LOWER, 945)
  for (const pair of OTHERS.split(' ')) {
    const [name, code] = pair.split(':') as [string, string]
    table.set(name, String.fromCharCode(Number(code)))
  }
  return table
}

/** Built once: a constant lookup table, never mutated after this line. */
export const HTML_ENTITIES: ReadonlyMap<string, string> = buildTable()

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g

function fromCodePoint(code: number): string {
  // NUL, surrogates and out-of-range code points become U+FFFD, as HTML parsers do.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD'
  return String.fromCodePoint(code)
}

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (match, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number.parseInt(dec, 10))
    if (hex) return fromCodePoint(Number.parseInt(hex, 16))
    const char = name ? HTML_ENTITIES.get(name) : undefined
    // An unknown name with its semicolon is an undefined entity (e.g. one a DTD declared): never shown as text.
    return char ?? (match.endsWith(';') ? '' : match)
  })
}

/**
 * Decodes character references, repeating while the text still contains an escaped reference such as
 * `&amp;amp;` or `&amp;#8217;` (double-escaped by a CMS). Bounded: at most three passes.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  let result = decodeOnce(text)
  for (let pass = 0; pass < 2 && /&(?:#\d|#x[0-9a-f]|[a-z][a-z0-9]*;)/i.test(result); pass++) {
    const next = decodeOnce(result)
    if (next === result) break
    result = next
  }
  return result
}
