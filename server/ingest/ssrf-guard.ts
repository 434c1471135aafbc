import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a feed or article fetch must never reach: loopback, private (RFC 1918, CGNAT, ULA),
 * link-local (which holds the cloud metadata services, 169.254.169.254 and fd00:ec2::254),
 * multicast, reserved and documentation ranges. IPv4 embedded in IPv6 (mapped, NAT64, 6to4)
 * is checked as the IPv4 address it carries.
 */
const FORBIDDEN = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // CGNAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (tunnels to arbitrary IPv4)
  ['2001:2::', 48], // benchmarking (RFC 5180)
  ['2001:10::', 28], // ORCHID (deprecated, RFC 4843): not routable
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
  ['5f00::', 16], // SRv6 segment identifiers (RFC 9602): not hosts
  ['fc00::', 7], // unique local (ULA), incl. fd00:ec2::254
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv6');
}

/**
 * The IPv4 address carried by an IPv4-mapped, IPv4-translated, IPv4-compatible, NAT64 or 6to4
 * IPv6 address.
 */
function embeddedIpv4(ipv6: string): string | null {
  const groups = expandIpv6(ipv6);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated)
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) {
    return v4(groups[6] ?? 0, groups[7] ?? 0);
  }
  // ::ffff:0:a.b.c.d (translated, RFC 2765 SIIT): a stack that translates it reaches a.b.c.d
  if (zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0) {
    return v4(groups[6] ?? 0, groups[7] ?? 0);
  }
  // 64:ff9b::a.b.c.d (NAT64) and 64:ff9b:1::/48 (local-use NAT64)
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return v4(groups[6] ?? 0, groups[7] ?? 0);
  // 2002:AABB:CCDD::/48 (6to4)
  if (groups[0] === 0x2002) return v4(groups[1] ?? 0, groups[2] ?? 0);
  return null;
}

function expandIpv6(address: string): number[] | null {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const parts = dotted[1].split('.').map(Number);
    const hi = ((parts[0] ?? 0) << 8) | (parts[1] ?? 0);
    const lo = ((parts[2] ?? 0) << 8) | (parts[3] ?? 0);
    text = `${text.slice(0, -dotted[1].length)}${hi.toString(16)}:${lo.toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (s: string | undefined) =>
    s ? s.split(':').map((g) => Number.parseInt(g, 16)) : [];
  const a = parse(head);
  const b = parse(tail);
  const groups =
    tail === undefined ? a : [...a, ...new Array(8 - a.length - b.length).fill(0), ...b];
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff)) {
    return null;
  }
  return groups;
}

/** Why an IP address may not be fetched, or null when it is a public unicast address. */
export function forbiddenAddressReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return `"${address}" is not an IP address`;
  if (family === 4) {
    return FORBIDDEN.check(address, 'ipv4') ? `${address} is a non-public address` : null;
  }
  const bare = address.split('%')[0] ?? address;
  if (FORBIDDEN.check(bare, 'ipv6')) return `${address} is a non-public address`;
  const v4 = embeddedIpv4(bare);
  if (v4 && FORBIDDEN.check(v4, 'ipv4')) {
    return `${address} carries the non-public address ${v4}`;
  }
  return null;
}

export class SsrfError extends Error {
  override readonly name = 'SsrfError';
  readonly code = 'ERR_PARALLAX_SSRF';
}

/** Host names (or IP literals) tests may fetch despite the guard; lower-case, no port. */
export type AllowHosts = ReadonlySet<string>;

export function normalizeHost(host: string): string {
  return host.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Throws when a URL's host is an IP literal the guard refuses (names are checked at lookup). */
export function assertUrlHostAllowed(url: URL, allowHosts: AllowHosts): void {
  const host = normalizeHost(url.hostname);
  if (allowHosts.has(host) || isIP(host) === 0) return;
  const reason = forbiddenAddressReason(host);
  if (reason) throw new SsrfError(`refused ${url.host}: ${reason}`);
}

type Resolver = (
  hostname: string,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, callback) =>
  dnsLookup(hostname, { all: true, verbatim: true }, callback);

/**
 * A `lookup` for http.request / net.connect: resolves the name, refuses the connection when ANY
 * resolved address is forbidden (so a name that also resolves to 127.0.0.1 cannot be used to
 * reach it), and hands the socket only the addresses it checked. The socket connects to what
 * this returns, so there is no second resolution a rebinding DNS server could answer differently.
 */
export function guardedLookup(allowHosts: AllowHosts, resolve: Resolver = systemResolver) {
  return (
    hostname: string,
    options: { all?: boolean; family?: number | string } | number,
    callback: (...args: unknown[]) => void,
  ): void => {
    const all = typeof options === 'object' && options.all === true;
    resolve(hostname, (error, addresses) => {
      if (error) return callback(error);
      const host = normalizeHost(hostname);
      if (!allowHosts.has(host)) {
        for (const { address } of addresses) {
          const reason = forbiddenAddressReason(address);
          if (reason) return callback(new SsrfError(`refused ${hostname}: ${reason}`));
        }
      }
      if (addresses.length === 0) {
        return callback(
          Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }),
        );
      }
      if (all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
