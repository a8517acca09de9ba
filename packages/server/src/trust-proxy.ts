/**
 * Who the client is, behind reverse proxies: the `TRUST_PROXY` setting.
 *
 * @module
 */
import { BlockList, isIP } from 'node:net';

/** The client's address, from the socket's and the `X-Forwarded-For` header; undefined when the socket has none (it closed). */
export type ClientAddress = (socketAddress: string | undefined, forwardedFor: string | null | undefined) => string | undefined;

/** Thrown by {@link trustProxy} for a setting it cannot read. */
export class TrustProxyError extends Error {
  constructor(setting: string, entry: string) {
    super(
      `TRUST_PROXY "${setting}": "${entry}" is neither a number of proxies (1, 2) nor a proxy's address or CIDR range (10.0.0.0/8, 127.0.0.1, ::1).`,
    );
    this.name = 'TrustProxyError';
  }
}

/**
 * Reads the `TRUST_PROXY` setting:
 * - nothing, `''` or `0`: no proxy is trusted. The client is the socket's address and
 *   `X-Forwarded-For` is ignored, since anyone can send one.
 * - a number of proxies, `1` or `2`: that many proxies stand in front of the server, each
 *   adding the address it received from to `X-Forwarded-For`. The client is that many
 *   addresses from the right of the list, the socket's address being the last.
 * - proxies' addresses and CIDR ranges, comma-separated (`10.0.0.0/8,127.0.0.1,::1`): walking
 *   the list from the right, the client is the first address that is not one of them.
 *
 * An entry of `X-Forwarded-For` that is not an address (a trusted proxy passing on garbage)
 * ends the walk: the client is then the last trusted proxy, never a made-up name.
 *
 * @throws TrustProxyError when the setting is neither a count nor a list of addresses.
 */
export function trustProxy(setting: string | number | undefined): ClientAddress {
  const text = String(setting ?? '').trim();
  if (text === '' || text === '0') return (socketAddress) => normalise(socketAddress);
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (socketAddress, forwardedFor) => walk(socketAddress, forwardedFor, (hop) => hop < hops);
  }
  const trusted = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim())) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 6 ? 128 : 32;
    if (family === 0 || rest.length > 0 || (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits))) {
      throw new TrustProxyError(text, entry);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  return (socketAddress, forwardedFor) => walk(socketAddress, forwardedFor, (_, address) => trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4'));
}

/**
 * Walks from the socket's address leftwards through `X-Forwarded-For` while `trusted` says the
 * address at hand (the `hop`-th from the right, from 0) is a proxy's, and answers where it stops.
 */
function walk(socketAddress: string | undefined, forwardedFor: string | null | undefined, trusted: (hop: number, address: string) => boolean): string | undefined {
  let client = normalise(socketAddress);
  if (client === undefined || !forwardedFor) return client;
  const forwarded = forwardedFor.split(',');
  for (let hop = 0; hop < forwarded.length && trusted(hop, client); hop++) {
    const next = normalise(forwarded[forwarded.length - 1 - hop]);
    if (next === undefined) break;
    client = next;
  }
  return client;
}

/**
 * An address as a proxy may write it, or undefined when it is none: `1.2.3.4`, `1.2.3.4:5678`,
 * `::1`, `[::1]` or `[::1]:5678`. An IPv4 address written as IPv6 (`::ffff:1.2.3.4`, as a
 * dual-stack socket gives it) is answered as IPv4, so that both spellings count as one client.
 */
function normalise(written: string | undefined): string | undefined {
  const text = written?.trim() ?? '';
  const address = /^\[([^\]]+)\](?::\d+)?$/.exec(text)?.[1] ?? /^([\d.]+):\d+$/.exec(text)?.[1] ?? text;
  const family = isIP(address);
  if (family === 0) return undefined;
  const mapped = family === 6 ? /^::ffff:([\d.]+)$/i.exec(address)?.[1] : undefined;
  return mapped !== undefined && isIP(mapped) === 4 ? mapped : address;
}

/**
 * What limits count as one client: an IPv4 address (however written, see `normalise`), or an
 * IPv6 address's /64 network. One household or phone is given a whole /64 and can pick any
 * address in it, so counting IPv6 addresses one by one would give it billions of buckets.
 */
export function clientOf(written: string): string {
  const address = normalise(written) ?? written;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const front = head === '' ? [] : head.split(':');
  const back = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back] : front;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
