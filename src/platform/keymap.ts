/**
 * Remote-control key codes → Lightning key names, one map per platform. Keys are matched by `keyCode` because
 * TV remotes often send an empty `key`. Lightning calls `_handle<Name>` / `_capture<Name>` for each name.
 * Pure data (no Lightning, no DOM): tested in node, and `settings.json` may override any entry
 * (see keyOverrides.ts). docs/remote.md has the same tables for people.
 */

export const KEY_NAMES = [
  'Left',
  'Right',
  'Up',
  'Down',
  'Enter',
  'Back',
  'Exit',
  'Menu',
  'Info',
  'PageUp',
  'PageDown',
  'ChannelUp',
  'ChannelDown',
  'PlayPause',
  'Play',
  'Pause',
  'Stop',
  'Rewind',
  'FastForward',
  'Red',
  'Green',
  'Yellow',
  'Blue',
] as const

export type KeyName = (typeof KEY_NAMES)[number]

export type KeyMap = Readonly<Record<number, KeyName>>

export function isKeyName(value: unknown): value is KeyName {
  return typeof value === 'string' && (KEY_NAMES as readonly string[]).includes(value)
}

/** The five-way pad: the same Windows virtual key codes on every platform. */
const DPAD: KeyMap = { 13: 'Enter', 37: 'Left', 38: 'Up', 39: 'Right', 40: 'Down' }

/** Colour keys: the same codes on Tizen and webOS (CEA-2014 VK_RED…VK_BLUE). */
const COLORS: KeyMap = { 403: 'Red', 404: 'Green', 405: 'Yellow', 406: 'Blue' }

/** A desktop browser's keyboard standing in for a remote (README's table). */
export const desktopKeyMap: KeyMap = {
  ...DPAD,
  ...COLORS,
  8: 'Back', // Backspace
  27: 'Back', // Escape
  32: 'PlayPause', // Space
  33: 'PageUp',
  34: 'PageDown',
  77: 'Menu', // M
  82: 'Red', // R: the red colour key (opens a breaking-news banner's story)
  179: 'PlayPause', // a keyboard's media key
}

/**
 * RDK / WPE set-top boxes: Lightning's own defaults (Back 8, Exit 27) with the channel and media codes
 * RDK remotes send. Channel ± pages, like Page Up/Down, because the app has pages and no channels.
 */
export const rdkKeyMap: KeyMap = {
  ...DPAD,
  8: 'Back',
  27: 'Exit',
  33: 'PageUp',
  34: 'PageDown',
  174: 'PageDown', // Lightning SDK default "ChannelDown"
  175: 'PageUp', // Lightning SDK default "ChannelUp"
  178: 'Stop',
  179: 'PlayPause',
  227: 'Rewind',
  228: 'FastForward',
  250: 'PlayPause',
}

/**
 * Samsung Tizen. Back (Return) and the pad arrive without registration; media, colour, channel and Tools
 * keys only after `tizen.tvinputdevice.registerKey` (see tizenKeys.ts, which uses TIZEN_KEY_NAMES).
 * Exit (10182) normally closes the app in the system; mapped in case the device delivers it.
 */
export const tizenKeyMap: KeyMap = {
  ...DPAD,
  ...COLORS,
  10009: 'Back',
  10182: 'Exit',
  427: 'PageUp', // ChannelUp
  428: 'PageDown', // ChannelDown
  10252: 'PlayPause',
  415: 'Play',
  19: 'Pause',
  413: 'Stop',
  412: 'Rewind',
  417: 'FastForward',
  457: 'Info',
  10135: 'Menu', // Tools: Samsung's options key
}

/** Tizen's names for the codes above that must be registered before the app receives them. */
export const TIZEN_KEY_NAMES: Readonly<Record<number, string>> = {
  403: 'ColorF0Red',
  404: 'ColorF1Green',
  405: 'ColorF2Yellow',
  406: 'ColorF3Blue',
  427: 'ChannelUp',
  428: 'ChannelDown',
  10252: 'MediaPlayPause',
  415: 'MediaPlay',
  19: 'MediaPause',
  413: 'MediaStop',
  412: 'MediaRewind',
  417: 'MediaFastForward',
  457: 'Info',
  10135: 'Tools',
}

/**
 * LG webOS. Back arrives as 461 only when appinfo.json sets `"disableBackHistoryAPI": true` (otherwise
 * webOS calls history.back() itself); Channel ± arrive as Page Up/Down. No options key reaches web apps.
 */
export const webosKeyMap: KeyMap = {
  ...DPAD,
  ...COLORS,
  461: 'Back',
  33: 'PageUp',
  34: 'PageDown',
  415: 'Play',
  19: 'Pause',
  413: 'Stop',
  412: 'Rewind',
  417: 'FastForward',
  457: 'Info',
}

/** Amazon Fire TV web apps: Back is Android's KEYCODE_BACK (4); Home, Menu and voice never reach the page. */
export const firetvKeyMap: KeyMap = {
  ...DPAD,
  4: 'Back',
  27: 'Back', // a paired keyboard's Escape
  179: 'PlayPause',
  227: 'Rewind',
  228: 'FastForward',
}

/**
 * Applies overrides on top of a map: a name sets or replaces a code, `null` removes it.
 * Returns a new map; the base is never changed.
 */
export function applyKeyOverrides(base: KeyMap, overrides: Readonly<Record<number, KeyName | null>>): KeyMap {
  const result: Record<number, KeyName> = { ...base }
  for (const [code, name] of Object.entries(overrides)) {
    if (name === null) delete result[Number(code)]
    else result[Number(code)] = name
  }
  return result
}

/** The first code mapped to a name (for docs, tests and the emulator's on-screen remote). */
export function codeFor(map: KeyMap, name: KeyName): number | undefined {
  const entry = Object.entries(map).find(([, mapped]) => mapped === name)
  return entry ? Number(entry[0]) : undefined
}
