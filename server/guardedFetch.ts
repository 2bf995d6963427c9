/**
 * The production feed proxy's one way out to the network: a GET that only goes to hosts settings.json names
 * and only connects to public addresses. The address check happens inside the connection's own DNS lookup
 * (node:http's `lookup` option), so the address checked is the address connected to: a host cannot pass the
 * check and then resolve elsewhere (DNS rebinding). Redirects are followed by hand, each hop checked again
 * the same way. The size cap and the deadline cover the whole chain.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { isLoopback, nonPublicKind } from './addressPolicy.ts'

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'Refusal'
  }
}

export interface GuardOptions {
  /** Lower-case host names (or IP literals) the proxy may fetch from: the hosts of settings.json's feeds. */
  allowedHosts: ReadonlySet<string>
  maxBytes: number
  timeoutMs: number
  maxRedirects?: number
  /** DNS resolution; node's resolver by default. Tests inject one that maps test names to addresses. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>
  /**
   * ONLY FOR TESTS: lets loopback addresses through, so a test can serve a "named host" from a real server on
   * 127.0.0.1. Every other non-public range stays refused. `npm run serve:proxy` has no way to set it.
   */
  allowLoopbackForTests?: boolean
}

export interface UpstreamReply {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  /** The URL that answered, after redirects. */
  url: URL
}

const defaultResolve = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)))
  })

function checkAddress(address: string, host: string, options: GuardOptions): void {
  const kind = nonPublicKind(address)
  if (kind === undefined || (options.allowLoopbackForTests && isLoopback(address))) return
  throw new Refusal(403, `The feed host ${host} resolves to ${address}, a ${kind} address: refused.`)
}

/** A `lookup` for node:http that resolves, refuses every non-public address, and hands over the checked ones. */
function guardedLookup(
  options: GuardOptions,
  host: string,
  onRefusal: (refusal: Refusal) => void,
): LookupFunction {
  const resolve = options.resolve ?? defaultResolve
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (addresses) => {
        try {
          if (addresses.length === 0) throw new Refusal(502, `The feed host ${host} has no address.`)
          for (const { address } of addresses) checkAddress(address, host, options)
        } catch (error) {
          if (error instanceof Refusal) onRefusal(error)
          callback(error as NodeJS.ErrnoException, '', 0)
          return
        }
        if (lookupOptions.all) callback(null, addresses)
        else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }
}

function checkTarget(url: URL, options: GuardOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Refusal(400, 'The feed proxy only fetches http(s) URLs.')
  }
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '')
  if (!options.allowedHosts.has(host)) {
    throw new Refusal(403, `The feed host ${url.host} is not one that settings.json names: refused.`)
  }
  // An IP literal is connected to without a lookup, so it is checked here.
  if (isIP(host)) checkAddress(host, url.host, options)
}

function getOnce(url: URL, headers: Record<string, string>, options: GuardOptions, signal: AbortSignal) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    let refusal: Refusal | undefined
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(url, {
      headers,
      signal,
      // A fresh connection every time, so every connection is made through the guarded lookup: a pooled
      // socket (node's global agent keeps them alive) would skip it. With a CDN in front, the proxy fetches
      // each feed about once per refresh interval, so keep-alive would save little.
      agent: false,
      lookup: guardedLookup(options, url.host, (found) => {
        refusal = found
      }),
    })
    req.on('response', resolve)
    req.on('error', (error) => reject(refusal ?? error))
    req.end()
  })
}

async function readCapped(response: IncomingMessage, maxBytes: number, host: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? '0')
  const tooLarge = () => new Refusal(413, `The feed at ${host} is larger than ${maxBytes} bytes.`)
  if (declared > maxBytes) {
    response.destroy()
    throw tooLarge()
  }
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of response) {
    const bytes = chunk as Buffer
    total += bytes.length
    if (total > maxBytes) {
      response.destroy()
      throw tooLarge()
    }
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

/** GETs `target` under the guard's rules; throws a Refusal (with the status to answer) or a network error. */
export async function guardedGet(
  target: URL,
  headers: Record<string, string>,
  options: GuardOptions,
): Promise<UpstreamReply> {
  const signal = AbortSignal.timeout(options.timeoutMs)
  let url = target
  for (let hop = 0; ; hop++) {
    checkTarget(url, options)
    const response = await getOnce(url, headers, options, signal)
    const location = response.headers.location
    if (
      response.statusCode !== undefined &&
      [301, 302, 303, 307, 308].includes(response.statusCode) &&
      location
    ) {
      response.resume()
      if (hop >= (options.maxRedirects ?? 5))
        throw new Refusal(502, `The feed at ${target.host} redirects too often.`)
      url = new URL(location, url)
      continue
    }
    const body = await readCapped(response, options.maxBytes, url.host)
    return { status: response.statusCode ?? 502, headers: response.headers, body, url }
  }
}
