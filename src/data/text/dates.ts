/**
 * Feed dates → epoch ms. RSS uses RFC 822 ("Wed, 25 Nov 2026 09:30:00 GMT") and Atom/JSON Feed RFC 3339,
 * but CMSs write every variation: named US zones, localized day names, missing seconds or zone, ISO dates
 * with a space instead of "T". Anything unreadable is undefined, never NaN.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ist: 330,
  jst: 540,
  aest: 600,
}

const RFC822 =
  /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?/i
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

function offsetMinutes(zone: string | undefined): number {
  if (!zone) return 0
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))
  return ZONES[zone.toLowerCase()] ?? 0
}

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, zone?: string) {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined
  return Date.UTC(y, mo, d, h, mi, s) - offsetMinutes(zone) * 60_000
}

export function parseDate(input: string | undefined): number | undefined {
  const text = input?.trim()
  // A real date is short; anything longer is junk, and must not feed the regular expressions below.
  if (!text || text.length > 80) return undefined
  const iso = ISO.exec(text)
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso
    return utc(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), zone)
  }
  const rfc = RFC822.exec(text)
  if (rfc) {
    const [, d, monthName, yearText, h, mi, s = '0', zone] = rfc
    const month = MONTHS.indexOf((monthName ?? '').toLowerCase())
    let year = Number(yearText)
    if (year < 100) year += year < 70 ? 2000 : 1900
    if (month >= 0) return utc(year, month, Number(d), Number(h), Number(mi), Number(s), zone)
  }
  const parsed = Date.parse(text)
  return Number.isFinite(parsed) ? parsed : undefined
}
