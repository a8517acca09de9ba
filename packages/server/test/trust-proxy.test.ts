import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clientOf, trustProxy, TrustProxyError } from '../src/trust-proxy.ts';

describe('TRUST_PROXY: who the client is behind reverse proxies', () => {
  test('by default no proxy is trusted: the socket is the client, whatever X-Forwarded-For says', () => {
    for (const setting of [undefined, '', ' ', '0', 0]) {
      const client = trustProxy(setting);
      assert.equal(client('203.0.113.7', '198.51.100.1'), '203.0.113.7', String(setting));
      assert.equal(client('203.0.113.7', undefined), '203.0.113.7');
      assert.equal(client('::ffff:203.0.113.7', '198.51.100.1'), '203.0.113.7', 'an IPv4 address on a dual-stack socket counts as IPv4');
      assert.equal(client(undefined, '198.51.100.1'), undefined, 'a closed socket has no address, and X-Forwarded-For does not stand in for it');
    }
  });

  test('a number of proxies: the client is that many addresses from the right, the socket last', () => {
    const one = trustProxy('1');
    assert.equal(one('10.0.0.2', '198.51.100.1'), '198.51.100.1');
    assert.equal(one('10.0.0.2', '6.6.6.6, 198.51.100.1'), '198.51.100.1', 'what the client wrote itself, to the left, is ignored');
    assert.equal(one('10.0.0.2', undefined), '10.0.0.2', 'no header: the proxy is all that is known');
    const two = trustProxy(2);
    assert.equal(two('10.0.0.2', '6.6.6.6, 198.51.100.1, 10.0.0.9'), '198.51.100.1');
    assert.equal(two('10.0.0.2', '198.51.100.1'), '198.51.100.1', 'a shorter list than the proxies: its leftmost address');
  });

  test('addresses and CIDR ranges: walking from the right, the client is the first address that is not a trusted proxy', () => {
    const client = trustProxy('10.0.0.0/8, 127.0.0.1,::1, 2001:db8::/32');
    assert.equal(client('127.0.0.1', '198.51.100.1'), '198.51.100.1');
    assert.equal(client('::1', '6.6.6.6, 198.51.100.1, 10.1.2.3, 10.200.0.1'), '198.51.100.1', 'several trusted hops are walked');
    assert.equal(client('::ffff:10.0.0.5', '198.51.100.1'), '198.51.100.1', 'an IPv4-mapped socket address matches an IPv4 range');
    assert.equal(client('2001:db8::17', '2001:db9::1'), '2001:db9::1');
    assert.equal(client('203.0.113.7', '198.51.100.1'), '203.0.113.7', 'a socket that is no trusted proxy is the client: its header is ignored');
    assert.equal(client('10.0.0.2', '10.0.0.3, 10.0.0.4'), '10.0.0.3', 'every hop trusted: the leftmost address');
  });

  test('forwarded addresses with ports or brackets are read; an entry that is no address stops the walk at the last trusted proxy', () => {
    const client = trustProxy('10.0.0.0/8');
    assert.equal(client('10.0.0.2', '198.51.100.1:43210'), '198.51.100.1');
    assert.equal(client('10.0.0.2', '[2001:db8::1]:443'), '2001:db8::1');
    assert.equal(client('10.0.0.2', '[2001:db8::1]'), '2001:db8::1');
    for (const garbage of ['unknown', '', ' , ', 'evil.example', '1.2.3.4.5', '<script>', '198.51.100.1 extra']) {
      assert.equal(client('10.0.0.2', garbage), '10.0.0.2', JSON.stringify(garbage));
    }
    assert.equal(client('10.0.0.2', '198.51.100.1, unknown, 10.0.0.3'), '10.0.0.3', 'the walk stops at the first entry that is no address');
    assert.equal(trustProxy(1)('10.0.0.2', 'unknown'), '10.0.0.2');
  });

  test('a setting that is neither a count nor addresses is refused at start, naming the bad entry', () => {
    for (const [setting, entry] of [
      ['true', 'true'],
      ['10.0.0.0/8,proxy.internal', 'proxy.internal'],
      ['10.0.0.0/33', '10.0.0.0/33'],
      ['::1/129', '::1/129'],
      ['10.0.0.0/8/8', '10.0.0.0/8/8'],
      ['10.0.0.0/', '10.0.0.0/'],
      ['-1', '-1'],
      ['1.5', '1.5'],
      ['127.0.0.1,,::1', ''],
    ]) {
      assert.throws(
        () => trustProxy(setting),
        (error: unknown) => error instanceof TrustProxyError && error.message.includes(`"${entry}" is neither a number of proxies`),
        setting,
      );
    }
  });
});

describe('clientOf', () => {
  test('an IPv4 address is a client of its own; an IPv6 address counts as its /64 network', () => {
    assert.equal(clientOf('203.0.113.7'), '203.0.113.7');
    assert.equal(clientOf('::ffff:203.0.113.7'), '203.0.113.7', 'IPv4 written as IPv6 is the same client');
    assert.equal(clientOf('2001:db8:1234:5678:9abc:def0:1:2'), '2001:db8:1234:5678::/64');
    assert.equal(clientOf('2001:db8:1234:5678::1'), '2001:db8:1234:5678::/64', 'every address a household may pick in its /64 is one client');
    assert.equal(clientOf('2001:0DB8:0000:0005::ffff'), '2001:db8:0:5::/64');
    assert.equal(clientOf('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientOf('::1'), '0:0:0:0::/64');
    assert.notEqual(clientOf('2001:db8:1234:5678::1'), clientOf('2001:db8:1234:5679::1'), 'neighbouring networks are different clients');
  });
});
