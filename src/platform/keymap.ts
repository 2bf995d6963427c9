/**
 * Remote-control key codes → Lightning key names. Keys are matched by `keyCode` because TV remotes often
 * send an empty `key`. This is the desktop-browser map; TV platforms extend it (see platform detection).
 */
export type KeyName =
  | 'Left'
  | 'Right'
  | 'Up'
  | 'Down'
  | 'Enter'
  | 'Back'
  | 'Exit'
  | 'Menu'
  | 'PageUp'
  | 'PageDown'
  | 'ChannelUp'
  | 'ChannelDown'
  | 'PlayPause'
  | 'Play'
  | 'Pause'
  | 'Stop'
  | 'Rewind'
  | 'FastForward'

export type KeyMap = Readonly<Record<number, KeyName>>

export const desktopKeyMap: KeyMap = {
  8: 'Back', // Backspace
  13: 'Enter',
  27: 'Back', // Escape
  32: 'PlayPause', // Space
  33: 'PageUp',
  34: 'PageDown',
  37: 'Left',
  38: 'Up',
  39: 'Right',
  40: 'Down',
  77: 'Menu', // M
}
