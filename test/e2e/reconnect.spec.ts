import { startHost, apiFor, expect, test, type Host } from './fixtures.js';

/**
 * A window whose event stream broke (Wi-Fi off, a sleeping laptop) missed the change events sent
 * meanwhile; once the stream is back it refetches what it shows, without a reload. The host is
 * started with --test-events, whose POST /api/test/drop-events ends every stream as a dropped
 * connection would; the page's reconnection is held back (routed to fail) until the change is made,
 * so its event surely reaches no stream of this page.
 */
let host: Host;
test.afterEach(async () => host?.stop());

test('a window whose event stream dropped shows what changed meanwhile once it is back', async ({ page, dataDir, request }) => {
  host = await startHost(dataDir, { args: ['--test-events'] });
  const api = apiFor(host, request);
  const { origin, searchParams } = new URL(host.url);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: '研讨项目', level: 1 })).toBeVisible();

  // Another window adds a programme: the live stream brings it here.
  await api('programme.create', { title: '清源县“十五五”规划研讨' });
  await expect(page.getByRole('link', { name: '清源县“十五五”规划研讨' })).toBeVisible();

  // The stream drops, and the page's tries to reconnect fail for now.
  await page.route('**/api/events?**', (route) => route.abort('internetdisconnected'));
  const retried = page.waitForEvent('requestfailed', (r) => new URL(r.url()).pathname === '/api/events');
  const dropped = await request.post(`${origin}/api/test/drop-events`, { headers: { 'X-Convene-Token': searchParams.get('token')! } });
  expect(await dropped.json()).toEqual({ ok: true, value: { ended: 1 } });
  await retried;

  // Meanwhile another window adds a second programme: its event reaches no stream of this page.
  await api('programme.create', { title: '第二轮专题研讨' });

  // The network is back: the stream reconnects and the page shows the second programme.
  await page.unroute('**/api/events?**');
  await expect(page.getByRole('link', { name: '第二轮专题研讨' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('link', { name: '清源县“十五五”规划研讨' })).toBeVisible();
});
