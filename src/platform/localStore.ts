/**
 * The page's localStorage, or undefined on a device that has none or forbids it (some TV browsers in private
 * modes throw on the property itself). Start-up opens it once, first thing (main.ts), for the two memories
 * that must be read before the stage exists (language, quality): the first touch of `window.localStorage` in
 * a page is a synchronous round trip to the browser process, which measured 30–60 ms when made mid start-up
 * here (the browser busy with the fonts, the poster and the chunks) and 1–3 ms at the very start.
 */
export function openLocalStorage(warn: (message: string) => void): Storage | undefined {
  try {
    return window.localStorage
  } catch (error) {
    warn(`no localStorage on this device (${String(error)}): choices made here last this session`)
    return undefined
  }
}
