/**
 * The caller's network address, for per-address rate limits. X-Forwarded-For is believed only
 * behind a proxy the configuration names (SAMORDNA_TRUSTED_PROXY): otherwise anyone reaching
 * the server directly could send a new address with every request and never be limited.
 */
import { BlockList, isIP } from 'node:net';
import type { Next, Request, Response } from 'restify';
import type { TrustedProxy } from '../config/http';

/** IPv4-mapped IPv6 ("::ffff:10.0.0.1") as plain IPv4; an "ip:port" or "[ip]:port" without its port. */
export function plainAddress(text: string): string {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed !== null) address = bracketed[1] ?? address;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.split(':')[0] ?? address;
  const mapped = /^::ffff:([\d.]+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

function blockListOf(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address = '', prefix] = range.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

function forwardedFor(req: Request): string[] {
  return (req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(plainAddress);
}

/**
 * How to find the client's address:
 * - `none` (the default): the socket's peer; X-Forwarded-For is ignored.
 * - `app-service`: the last X-Forwarded-For entry, which Azure App Service's front end adds
 *   (the app is reachable through that front end only); earlier entries are the client's own.
 * - `addresses`: when the peer is one of the listed proxies, the right-most X-Forwarded-For
 *   entry that is not itself a listed proxy; from anyone else, the peer.
 */
export function clientAddressResolver(trust: TrustedProxy): (req: Request) => string {
  const socketAddress = (req: Request): string =>
    plainAddress(req.socket.remoteAddress ?? 'unknown');
  switch (trust.kind) {
    case 'none':
      return socketAddress;
    case 'app-service':
      return (req) => forwardedFor(req).at(-1) ?? socketAddress(req);
    case 'addresses': {
      const proxies = blockListOf(trust.ranges);
      return (req) => {
        const peer = socketAddress(req);
        if (!isTrusted(proxies, peer)) return peer;
        const chain = forwardedFor(req);
        return chain.findLast((address) => !isTrusted(proxies, address)) ?? chain[0] ?? peer;
      };
    }
  }
}

const resolved = new WeakMap<Request, string>();

/** A pre-handler that works out each request's client address once (see clientAddressResolver). */
export function resolveClientAddresses(trust: TrustedProxy) {
  const resolve = clientAddressResolver(trust);
  return (req: Request, _res: Response, next: Next): void => {
    resolved.set(req, resolve(req));
    next();
  };
}

/** The request's client address as resolved on arrival (the socket's peer if none was). */
export function clientAddress(req: Request): string {
  return resolved.get(req) ?? plainAddress(req.socket.remoteAddress ?? 'unknown');
}

/**
 * The rate-limit key of an address: IPv4 as it is, IPv6 by its /64 prefix (one subscriber
 * usually holds a whole /64, so single addresses would be a new budget per request).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return `ip:${address}`;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
