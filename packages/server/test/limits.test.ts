/**
 * The limits on a real server, driven through the SDK as an integrator (or a flood) would:
 * one client can no longer book every callback place of a ministry, complaints past the
 * limit get 429 with Retry-After, the limits file of the command line is checked, and uploads
 * no complaint cites are swept away with their bytes.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROBLEM_TYPES } from '@civic-contact/contract';
import { DEFAULT_LIMITS } from '@civic-contact/core';
import { createClient, isRateLimitedError } from '@civic-contact/sdk';
import { startServer, type ServerOptions } from '@civic-contact/server';
import { clinicComplaint } from '@civic-contact/core/testing';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function server(options: ServerOptions = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'civic-limits-'));
  dirs.push(dataDir);
  const running = await startServer({ port: 0, host: '127.0.0.1', dataDir, site: false, elementsDir: null, ...options });
  const client = createClient({ baseUrl: running.url, siteKey: running.keys!.site.health!, retry: false });
  return { running, client, dataDir };
}

describe('limits on the reference server', () => {
  test('one client flooding the callback calendar is refused after its fourth booking; the places stay free', async () => {
    const { running, client } = await server();
    try {
      const listing = await client.callbacks.slots({ service: 'health-clinic-services', days: 14 });
      const free = listing.days.flatMap((day) => day.slots.filter((slot) => slot.remaining > 0));
      const places = free.reduce((sum, slot) => sum + slot.remaining, 0);
      assert.ok(places > 100, `the seed offers many places in 14 days (${places})`);
      let booked = 0;
      let refusal: unknown;
      // Before the caps, one client took every place with one request each.
      for (const [i, slot] of free.entries()) {
        try {
          await client.callbacks.create({
            service: 'health-clinic-services',
            name: `Flood ${i}`,
            phone: `+1758555${String(i).padStart(4, '0')}`,
            locale: 'en',
            reason: 'Taking every place',
            schedule: { type: 'slot', start: slot.start },
          });
          booked++;
        } catch (error) {
          refusal = error;
          break;
        }
      }
      assert.equal(booked, DEFAULT_LIMITS.activeCallbacks.perClient);
      assert.ok(isRateLimitedError(refusal), `refused with 429, not ${String(refusal)}`);
      assert.equal(refusal.problemType, PROBLEM_TYPES.rateLimited);
      assert.ok(refusal.retryAfter !== undefined && refusal.retryAfter > 0, 'with Retry-After');
      const after = await client.callbacks.slots({ service: 'health-clinic-services', days: 14 });
      const left = after.days.flatMap((day) => day.slots).reduce((sum, slot) => sum + slot.remaining, 0);
      assert.equal(left, places - booked);
      console.log(`# callback places in 14 days: ${places}; one client used to book all ${places} with ${places} requests; now it books ${booked}, then 429`);
    } finally {
      await running.close();
    }
  });

  test('complaints past the per-client limit get 429 with Retry-After; the limit comes from the server’s options', async () => {
    const { running, client } = await server({ limits: { writes: { complaint: { perClient: { limit: 2, windowSeconds: 600 } } } } });
    try {
      await client.complaints.create(clinicComplaint() as never);
      await client.complaints.create(clinicComplaint() as never);
      const refusal = await client.complaints.create(clinicComplaint() as never).catch((error: unknown) => error);
      assert.ok(isRateLimitedError(refusal), `refused with 429, not ${String(refusal)}`);
      assert.ok(refusal.retryAfter! > 590 && refusal.retryAfter! <= 600, `Retry-After ${refusal.retryAfter}`);
      // Another ministry's site, from the same address, is not affected: its key has a bucket of its own.
      const transport = createClient({ baseUrl: running.url, siteKey: running.keys!.site.transport!, retry: false });
      assert.ok((await transport.services.list()).services.length > 0);
    } finally {
      await running.close();
    }
  });

  test('an upload no complaint cites is swept away with its bytes after a day', async () => {
    const clock = { now: Date.now() };
    const { running, client, dataDir } = await server({ now: () => new Date(clock.now), sweepIntervalMs: 50 });
    try {
      const png = new Uint8Array(256);
      png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const attachment = await client.attachments.upload({ service: 'health-clinic-services', file: new Blob([png]) });
      const file = join(dataDir, 'attachments', attachment.sha256.slice(0, 2), attachment.sha256);
      assert.ok(existsSync(file));
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok(existsSync(file), 'a fresh upload is kept');
      clock.now += 25 * 3600_000;
      const deadline = Date.now() + 10_000;
      while (existsSync(file) || (await running.storage.getAttachment(attachment.id)) !== undefined) {
        assert.ok(Date.now() < deadline, 'the sweep deleted the upload within 10 s');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    } finally {
      await running.close();
    }
  });
});

describe('the limits file of the command line', () => {
  /** Runs `start` with the file and answers what it printed on stderr and its exit code, stopping it once it listens. */
  async function startWith(limits: unknown): Promise<{ code: number | null; stderr: string; started: boolean }> {
    const dir = await mkdtemp(join(tmpdir(), 'civic-limits-cli-'));
    dirs.push(dir);
    const file = join(dir, 'limits.json');
    await writeFile(file, typeof limits === 'string' ? limits : JSON.stringify(limits));
    const child = spawn(process.execPath, ['--conditions=source', CLI, 'start', '--port', '0', '--host', '127.0.0.1', '--data-dir', join(dir, 'data'), '--limits', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: '', DATA_DIR: '' },
    });
    let stdout = '';
    let stderr = '';
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (!started && stdout.includes('Press Ctrl-C to stop.')) {
        started = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    return { code, stderr, started };
  }

  test('a wrong setting stops the start with one line naming it', async () => {
    const wrong = await startWith({ writes: { complaint: { perClient: { limit: 0, windowSeconds: 60 } } } });
    assert.equal(wrong.started, false);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /The limits file .*limits\.json cannot be used: limits\.writes\.complaint\.perClient must be \{ "limit": a whole number ≥ 1/);
    const notJson = await startWith('{ writes: ');
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /The limits file .* cannot be used: .*JSON/);
  });

  test('a good file is taken', async () => {
    const good = await startWith({ activeCallbacks: { perPhone: 1 }, ministries: { health: { writes: { callback: { perKey: { limit: 200, windowSeconds: 3600 } } } } } });
    assert.equal(good.started, true, good.stderr);
  });
});
