/**
 * Ends a command-line tool with `code` once everything it wrote to stdout and stderr has been taken by the
 * reader. `process.exit()` right after `console.log` loses output when stdout is a pipe: node writes to a
 * pipe asynchronously on POSIX, so whatever did not fit the pipe's buffer (64 KiB on Linux) is still queued
 * when the process ends (`feed:check --json big-feed | jq` got invalid JSON and exit 0). An empty write's
 * callback runs after every earlier write on that stream has been flushed.
 */
export function exitWhenFlushed(
  code: number,
  streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr],
  exit: (code: number) => void = (c) => process.exit(c),
): void {
  let pending = streams.length
  if (pending === 0) exit(code)
  for (const stream of streams) {
    stream.write('', () => {
      pending--
      if (pending === 0) exit(code)
    })
  }
}
