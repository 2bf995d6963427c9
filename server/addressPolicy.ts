/**
 * Which network addresses the production feed proxy may connect to: public unicast only. A proxy on a
 * server reaches places the internet cannot (its own loopback services, the private network, the cloud's
 * link-local metadata endpoint at 169.254.169.254), so every address a feed host resolves to, on every
 * redirect, is checked against these ranges before a connection is made (server/guardedFetch.ts).
 * node's BlockList does the matching, IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) included.
 */
import { BlockList, isIP } from 'node:net'

const V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]
const V6: Array<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['64:ff9b::', 96, 'NAT64 (an IPv4 address inside)'],
  ['100::', 64, 'discard'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (private)'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
]

const lists = new Map<string, BlockList>()
for (const [network, prefix, kind] of V4) {
  const list = lists.get(kind) ?? new BlockList()
  list.addSubnet(network, prefix, 'ipv4')
  lists.set(kind, list)
}
for (const [network, prefix, kind] of V6) {
  const list = lists.get(kind) ?? new BlockList()
  list.addSubnet(network, prefix, 'ipv6')
  lists.set(kind, list)
}

/** Why `address` is not a public unicast address (e.g. "loopback"), or undefined when it is one. */
export function nonPublicKind(address: string): string | undefined {
  const family = isIP(address)
  if (family === 0) return 'not an IP address'
  const type = family === 4 ? 'ipv4' : 'ipv6'
  for (const [kind, list] of lists) {
    if (list.check(address, type)) return kind
  }
  return undefined
}

/** True for 127.0.0.0/8 and ::1 (also as ::ffff:127.x.x.x). */
export function isLoopback(address: string): boolean {
  return nonPublicKind(address) === 'loopback'
}
