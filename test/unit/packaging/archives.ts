/**
 * Opens the three package formats the way a TV's installer would, for the packaging tests: a zip (.wgt, with
 * fflate), a Debian-style `ar` archive (.ipk) and a gzipped tar (the ipk's members, the RDK tarball, with
 * node-tar). The `ar` reader is written here: the format is a 8-byte magic and 60-byte text headers, and npm
 * has no maintained reader for it.
 */
import { unzipSync } from 'fflate'
import { Parser, type ReadEntry } from 'tar'

/** Members of an `ar` archive in order, name → bytes. */
export function readAr(archive: Buffer): Map<string, Buffer> {
  if (archive.subarray(0, 8).toString('latin1') !== '!<arch>\n') throw new Error('not an ar archive')
  const members = new Map<string, Buffer>()
  let offset = 8
  while (offset + 60 <= archive.length) {
    const header = archive.subarray(offset, offset + 60).toString('latin1')
    if (header.slice(58, 60) !== '`\n') throw new Error(`bad ar header at ${offset}`)
    const name = header.slice(0, 16).trim().replace(/\/$/, '')
    const size = Number(header.slice(48, 58).trim())
    const start = offset + 60
    members.set(name, archive.subarray(start, start + size))
    offset = start + size + (size % 2) // members are 2-byte aligned
  }
  return members
}

/** Files of a (gzipped) tar, path (without a leading `./`) → bytes; folders left out. */
export function readTar(tarball: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const parser = new Parser({
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = []
      entry.on('data', (chunk: Buffer) => chunks.push(chunk))
      entry.on('end', () => {
        if (entry.type === 'File') files.set(entry.path.replace(/^\.\//, ''), Buffer.concat(chunks))
      })
    },
  })
  parser.end(tarball)
  return files
}

export function readZip(zip: Buffer): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, Buffer.from(bytes)]))
}
