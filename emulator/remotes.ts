/**
 * What each platform's remote sends when a button is pressed: the device's own key codes, written down here
 * independently of the app's key maps (src/platform/keymap.ts), so that clicking a button exercises those
 * maps instead of echoing them. test/unit/emulator/remotes.test.ts checks the two agree.
 *
 * A button is one of:
 * - `key`: the device delivers a keydown/keyup with this `keyCode` to the web app;
 * - `system`: the device acts itself and the app never sees a key (Home, and Exit where no code reaches
 *   web apps): the emulator shows the TV's home screen;
 * - `absent`: this remote has no such button (or it never reaches a web page): shown disabled.
 */
import type { PlatformId } from '../src/platform/detect'
import type { KeyName } from '../src/platform/keymap'

export const BUTTON_IDS = [
  'up',
  'down',
  'left',
  'right',
  'ok',
  'back',
  'exit',
  'home',
  'play-pause',
  'rewind',
  'fast-forward',
  'channel-up',
  'channel-down',
  'menu',
  'red',
  'green',
  'yellow',
  'blue',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
] as const

export type ButtonId = (typeof BUTTON_IDS)[number]

export function isButtonId(value: unknown): value is ButtonId {
  return typeof value === 'string' && (BUTTON_IDS as readonly string[]).includes(value)
}

/** What people call the button (key log, tooltips, the copied test script's comments). */
export const BUTTON_NAMES: Readonly<Record<ButtonId, string>> = {
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  ok: 'OK',
  back: 'Back',
  exit: 'Exit',
  home: 'Home',
  'play-pause': 'Play/Pause',
  rewind: 'Rewind',
  'fast-forward': 'Fast-forward',
  'channel-up': 'Channel +',
  'channel-down': 'Channel −',
  menu: 'Options',
  red: 'Red',
  green: 'Green',
  yellow: 'Yellow',
  blue: 'Blue',
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '7': '7',
  '8': '8',
  '9': '9',
}

export type ButtonAction =
  | {
      kind: 'key'
      code: number
      /** `KeyboardEvent.key` as the device fills it in (often empty on TVs; the app reads `keyCode`). */
      key: string
      /** The app's key name this code should map to, where the app reacts to it (checked by a unit test). */
      means?: KeyName
      note?: string
    }
  | { kind: 'system'; action: 'home' | 'close'; note: string }
  | { kind: 'absent'; note: string }

export type Remote = Readonly<Record<ButtonId, ButtonAction>>

const key = (code: number, keyValue: string, means?: KeyName, note?: string): ButtonAction => ({
  kind: 'key',
  code,
  key: keyValue,
  ...(means ? { means } : {}),
  ...(note ? { note } : {}),
})
const absent = (note: string): ButtonAction => ({ kind: 'absent', note })
const HOME: ButtonAction = {
  kind: 'system',
  action: 'home',
  note: 'The system takes over: the app is closed and the TV home screen shows',
}
const systemClose = (note: string): ButtonAction => ({ kind: 'system', action: 'close', note })

/** The five-way pad and digits send the same Windows virtual key codes on every platform. */
const PAD = {
  up: key(38, 'ArrowUp', 'Up'),
  down: key(40, 'ArrowDown', 'Down'),
  left: key(37, 'ArrowLeft', 'Left'),
  right: key(39, 'ArrowRight', 'Right'),
  ok: key(13, 'Enter', 'Enter'),
} as const

const digits = (): Record<'0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9', ButtonAction> => ({
  '0': key(48, '0'),
  '1': key(49, '1'),
  '2': key(50, '2'),
  '3': key(51, '3'),
  '4': key(52, '4'),
  '5': key(53, '5'),
  '6': key(54, '6'),
  '7': key(55, '7'),
  '8': key(56, '8'),
  '9': key(57, '9'),
})

const noDigits = (note: string) =>
  Object.fromEntries(BUTTON_IDS.filter((id) => /^\d$/.test(id)).map((id) => [id, absent(note)])) as Record<
    '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9',
    ButtonAction
  >

/** CEA-2014 colour keys (Tizen and webOS). */
const COLORS = {
  red: key(403, 'ColorF0Red', 'Red'),
  green: key(404, 'ColorF1Green', 'Green'),
  yellow: key(405, 'ColorF2Yellow', 'Yellow'),
  blue: key(406, 'ColorF3Blue', 'Blue'),
} as const

const noColors = (note: string) => ({
  red: absent(note),
  green: absent(note),
  yellow: absent(note),
  blue: absent(note),
})

/** A desktop keyboard standing in for a remote (README's key table). */
const desktop: Remote = {
  ...PAD,
  back: key(8, 'Backspace', 'Back', 'Backspace (Escape works too)'),
  exit: systemClose('A browser has no Exit key: the tab is closed'),
  home: HOME,
  'play-pause': key(32, ' ', 'PlayPause', 'Space'),
  rewind: absent('No Rewind key on a keyboard'),
  'fast-forward': absent('No Fast-forward key on a keyboard'),
  'channel-up': key(33, 'PageUp', 'PageUp', 'Page Up'),
  'channel-down': key(34, 'PageDown', 'PageDown', 'Page Down'),
  menu: key(77, 'm', 'Menu', 'the M key'),
  ...noColors('No colour keys on a keyboard'),
  ...digits(),
}

/** RDK / WPE boxes: Lightning's defaults plus the media and channel codes RDK remotes send. */
const rdk: Remote = {
  ...PAD,
  back: key(8, 'Backspace', 'Back'),
  exit: key(27, 'Escape', 'Exit'),
  home: HOME,
  'play-pause': key(179, 'MediaPlayPause', 'PlayPause'),
  rewind: key(227, 'MediaRewind', 'Rewind'),
  'fast-forward': key(228, 'MediaFastForward', 'FastForward'),
  'channel-up': key(175, '', 'PageUp'),
  'channel-down': key(174, '', 'PageDown'),
  menu: absent('RDK remotes differ by operator: no standard Options code (map yours in settings.json)'),
  ...noColors('RDK remotes differ by operator: no standard colour-key codes'),
  ...digits(),
}

/** Samsung Tizen (media, colour, channel and Tools keys after tvinputdevice registration). */
const tizen: Remote = {
  ...PAD,
  back: key(10009, 'XF86Back', 'Back', 'Return'),
  exit: key(10182, 'XF86Exit', 'Exit'),
  home: HOME,
  'play-pause': key(10252, 'MediaPlayPause', 'PlayPause'),
  rewind: key(412, 'MediaRewind', 'Rewind'),
  'fast-forward': key(417, 'MediaFastForward', 'FastForward'),
  'channel-up': key(427, 'ChannelUp', 'PageUp'),
  'channel-down': key(428, 'ChannelDown', 'PageDown'),
  menu: key(10135, 'Tools', 'Menu', 'Tools'),
  ...COLORS,
  ...digits(),
}

/** LG webOS (Back as 461 with `disableBackHistoryAPI`; channel ± arrive as Page Up/Down). */
const webos: Remote = {
  ...PAD,
  back: key(461, 'GoBack', 'Back'),
  exit: systemClose('LG’s Exit button never reaches web apps: the system closes the app'),
  home: HOME,
  'play-pause': key(415, 'MediaPlay', 'Play', 'LG remotes have Play (415) and Pause (19): this sends Play'),
  rewind: key(412, 'MediaRewind', 'Rewind'),
  'fast-forward': key(417, 'MediaFastForward', 'FastForward'),
  'channel-up': key(33, 'PageUp', 'PageUp'),
  'channel-down': key(34, 'PageDown', 'PageDown'),
  menu: absent('No Options key reaches webOS web apps'),
  ...COLORS,
  ...digits(),
}

/** Amazon Fire TV (Android key events; Home, Menu and voice never reach a web page). */
const firetv: Remote = {
  ...PAD,
  back: key(4, 'GoBack', 'Back'),
  exit: systemClose('Fire TV remotes have no Exit: Home leaves the app'),
  home: HOME,
  'play-pause': key(179, 'MediaPlayPause', 'PlayPause'),
  rewind: key(227, 'MediaRewind', 'Rewind'),
  'fast-forward': key(228, 'MediaFastForward', 'FastForward'),
  'channel-up': absent('Fire TV remotes have no channel keys'),
  'channel-down': absent('Fire TV remotes have no channel keys'),
  menu: absent('The Menu button never reaches a Fire TV web page'),
  ...noColors('Fire TV remotes have no colour keys'),
  ...noDigits('Fire TV remotes have no digits'),
}

export const REMOTES: Readonly<Record<PlatformId, Remote>> = { desktop, rdk, tizen, webos, firetv }

/** One line for a button's tooltip: what pressing it does on this platform. */
export function describeAction(button: ButtonId, action: ButtonAction): string {
  const name = BUTTON_NAMES[button]
  switch (action.kind) {
    case 'key':
      return `${name}: sends keyCode ${action.code}${action.note ? ` (${action.note})` : ''}`
    case 'system':
      return `${name}: ${action.note}`
    case 'absent':
      return `${name}: ${action.note}`
  }
}
