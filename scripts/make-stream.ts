/**
 * HLS test streams made with ffmpeg at run time, so no video file is ever committed:
 * - `makeVod`: a short H.264/AAC VOD (1 s segments, 320×180) for "does it play at all" tests;
 * - `startLiveEncoder`: a background ffmpeg writing a live sliding-window playlist in real time, which tests
 *   can freeze (SIGSTOP) and resume (SIGCONT) to simulate a stuck encoder;
 * - `makeLoopChannel`: a set of segments that `npm start` serves as an endless live channel (server/
 *   liveLoop.ts), the bundled default of settings.json's `live`.
 *
 * CLI (`npm run stream`, also run by `npm start`): generates the default channel into .generated/live/ once;
 * without ffmpeg it explains and exits 0, so `npm start` still works.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { exitWhenFlushed } from './exitWhenFlushed'

export interface StreamOptions {
  width?: number
  height?: number
  fps?: number
  /** Segment length, seconds. */
  segmentSeconds?: number
}

/** The ffmpeg to use: FFMPEG_PATH, else `ffmpeg` on the PATH; undefined when there is none. */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidate = env.FFMPEG_PATH || 'ffmpeg'
  const probe = spawnSync(candidate, ['-hide_banner', '-version'], { stdio: 'ignore' })
  return probe.status === 0 ? candidate : undefined
}

function requireFfmpeg(): string {
  const ffmpeg = findFfmpeg()
  if (!ffmpeg) {
    throw new Error(
      'ffmpeg not found: install it (Debian/Ubuntu: `sudo apt-get install -y ffmpeg`) or set FFMPEG_PATH',
    )
  }
  return ffmpeg
}

/** Synthetic picture and tone (ffmpeg's lavfi sources): original, license-free, any length. */
function sources(options: StreamOptions, pattern = 'testsrc2'): string[] {
  const { width = 320, height = 180, fps = 25 } = options
  return [
    ...['-f', 'lavfi', '-i', `${pattern}=size=${width}x${height}:rate=${fps}`],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:beep_factor=4:sample_rate=44100'],
  ]
}

/** H.264 baseline + AAC, a keyframe at every segment boundary so every segment starts cleanly. */
function encoding(options: StreamOptions, preset = 'veryfast'): string[] {
  const { fps = 25, segmentSeconds = 1 } = options
  const gop = String(Math.round(fps * segmentSeconds))
  return [
    ...['-c:v', 'libx264', '-preset', preset, '-profile:v', 'baseline', '-pix_fmt', 'yuv420p'],
    ...['-g', gop, '-keyint_min', gop, '-sc_threshold', '0', '-b:v', '300k'],
    ...['-c:a', 'aac', '-b:a', '64k', '-ac', '2'],
  ]
}

function run(ffmpeg: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim()}`)),
    )
  })
}

/** Writes `index.m3u8` + segments for a `seconds`-long VOD into `dir`; returns the playlist path. */
export async function makeVod(dir: string, seconds = 6, options: StreamOptions = {}): Promise<string> {
  const ffmpeg = requireFfmpeg()
  mkdirSync(dir, { recursive: true })
  const playlist = join(dir, 'index.m3u8')
  await run(ffmpeg, [
    ...sources(options),
    ...['-t', String(seconds)],
    ...encoding(options),
    ...['-f', 'hls', '-hls_time', String(options.segmentSeconds ?? 1), '-hls_playlist_type', 'vod'],
    ...['-hls_segment_filename', join(dir, 'vod%03d.ts'), playlist],
  ])
  return playlist
}

/** Caption cues written for the test streams: one per two seconds, numbered so a test can tell them apart. */
export function captionsVtt(seconds: number): string {
  const time = (s: number) => `00:00:${String(s).padStart(2, '0')}.000`
  const cues = []
  for (let start = 0; start < seconds; start += 2) {
    // line:80% keeps the text inside a TV's title-safe area (the default puts it at the very bottom).
    cues.push(
      `${time(start)} --> ${time(Math.min(seconds, start + 2))} line:80%\nLightwire caption ${start / 2 + 1}`,
    )
  }
  return `WEBVTT\n\n${cues.join('\n\n')}\n`
}

/**
 * Like `makeVod`, with a WebVTT subtitle track: `master.m3u8` names the video playlist and a SUBTITLES group
 * (ffmpeg's HLS muxer segments the captions into .vtt files beside the video); returns the master's path.
 */
export async function makeCaptionedVod(
  dir: string,
  seconds = 8,
  options: StreamOptions = {},
): Promise<string> {
  const ffmpeg = requireFfmpeg()
  mkdirSync(dir, { recursive: true })
  const vtt = join(dir, 'captions.vtt')
  writeFileSync(vtt, captionsVtt(seconds))
  await run(ffmpeg, [
    ...sources(options),
    ...['-i', vtt, '-t', String(seconds)],
    ...['-map', '0:v', '-map', '1:a', '-map', '2:s'],
    ...encoding(options),
    ...['-c:s', 'webvtt'],
    ...['-f', 'hls', '-hls_time', String(options.segmentSeconds ?? 1), '-hls_playlist_type', 'vod'],
    ...['-master_pl_name', 'master.m3u8', '-var_stream_map', 'v:0,a:0,s:0,sgroup:captions,name:main'],
    ...['-hls_segment_filename', join(dir, 'vod%v_%03d.ts'), join(dir, 'index_%v.m3u8')],
  ])
  // ffmpeg's WebVTT segmenter drops cue settings: put the line position back into each segment.
  for (const name of readdirSync(dir).filter((file) => /^index_.*\d+\.vtt$/.test(file))) {
    const path = join(dir, name)
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^(.* --> \S+)$/gm, '$1 line:80%'))
  }
  return join(dir, 'master.m3u8')
}

export interface LiveEncoder {
  process: ChildProcess
  playlist: string
  /** Resolves once the playlist lists at least `segments` segments. */
  ready(segments?: number, timeoutMs?: number): Promise<void>
  /** SIGSTOP: the playlist stops updating, as with a hung encoder. */
  freeze(): void
  /** SIGCONT. */
  resume(): void
  stop(): Promise<void>
}

/** A real-time live encoder writing a sliding window of `windowSize` segments to `dir/live.m3u8`. */
export function startLiveEncoder(dir: string, windowSize = 6, options: StreamOptions = {}): LiveEncoder {
  const ffmpeg = requireFfmpeg()
  mkdirSync(dir, { recursive: true })
  const playlist = join(dir, 'live.m3u8')
  const child = spawn(
    ffmpeg,
    [
      ...['-hide_banner', '-loglevel', 'error', '-y', '-re'],
      ...sources(options),
      ...encoding(options, 'ultrafast'),
      ...[
        '-f',
        'hls',
        '-hls_time',
        String(options.segmentSeconds ?? 1),
        '-hls_list_size',
        String(windowSize),
      ],
      ...['-hls_flags', 'delete_segments+temp_file', '-hls_delete_threshold', '4'],
      ...['-hls_segment_filename', join(dir, 'live%05d.ts'), playlist],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()))
  // A test run that dies must not leave an encoder running (stopped or not) behind it.
  const orphanGuard = () => child.kill('SIGKILL')
  process.once('exit', orphanGuard)
  child.once('exit', () => process.off('exit', orphanGuard))
  return {
    process: child,
    playlist,
    async ready(segments = 3, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`the live ffmpeg exited with ${child.exitCode}`)
        const text = existsSync(playlist) ? readFileSync(playlist, 'utf8') : ''
        if ((text.match(/#EXTINF/g) ?? []).length >= segments) return
        await new Promise((resolveWait) => setTimeout(resolveWait, 200))
      }
      throw new Error(`the live playlist did not reach ${segments} segments in ${timeoutMs} ms`)
    },
    freeze: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGCONT')
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** What server/liveLoop.ts needs to know about a loop channel, stored next to its segments. */
export interface LoopManifest {
  segmentSeconds: number
  count: number
  /** File name pattern: `loop%03d.ts` → loop000.ts … */
  prefix: string
}

export const LOOP_MANIFEST = 'loop.json'

/** Segments for an endless channel: `count` segments of `segmentSeconds`, 640×360, served in a loop. */
export async function makeLoopChannel(dir: string, count = 15, segmentSeconds = 2): Promise<LoopManifest> {
  const ffmpeg = requireFfmpeg()
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const options = { width: 640, height: 360, fps: 25, segmentSeconds }
  await run(ffmpeg, [
    ...sources(options),
    ...['-t', String(count * segmentSeconds)],
    ...encoding(options),
    ...['-f', 'hls', '-hls_time', String(segmentSeconds), '-hls_playlist_type', 'vod'],
    ...['-hls_segment_filename', join(dir, 'loop%03d.ts'), join(dir, 'vod.m3u8')],
  ])
  const made = readdirSync(dir).filter((name) => /^loop\d{3}\.ts$/.test(name)).length
  const manifest: LoopManifest = { segmentSeconds, count: made, prefix: 'loop' }
  writeFileSync(join(dir, LOOP_MANIFEST), JSON.stringify(manifest))
  return manifest
}

export const DEFAULT_CHANNEL_DIR = resolve(import.meta.dirname, '..', '.generated', 'live')

/** `npm run stream` / `npm start`: make the bundled channel once. Returns a line saying what happened. */
export async function ensureDefaultChannel(dir = DEFAULT_CHANNEL_DIR, force = false): Promise<string> {
  if (!force && existsSync(join(dir, LOOP_MANIFEST))) return `Live channel: using the sample stream in ${dir}`
  if (!findFfmpeg()) {
    return 'Live channel: ffmpeg not found, so the sample live stream was not made; the live tile will say no stream is configured. Install ffmpeg (Debian/Ubuntu: sudo apt-get install -y ffmpeg) and run npm start again.'
  }
  const manifest = await makeLoopChannel(dir)
  return `Live channel: made a ${manifest.count * manifest.segmentSeconds} s sample stream in ${dir}`
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  ensureDefaultChannel(DEFAULT_CHANNEL_DIR, process.argv.includes('--force'))
    .then((message) => console.log(message))
    .catch((error: unknown) => {
      console.error(`make-stream: ${error instanceof Error ? error.message : String(error)}`)
      exitWhenFlushed(1)
    })
}
