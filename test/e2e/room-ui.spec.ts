import type { Locator, Page } from '@playwright/test';
import { expect, test, type Api } from './fixtures.js';

/**
 * The room's screens (issue 18) on one laptop: the Join dialog's checks (the contract's own, shown
 * under each field, in both languages), its empty state, an address where nothing answers said
 * under the address; the Open-room dialog's name, prefilled from the last one, the panel once open,
 * and closing (asked first). The three-laptop journey is room.spec.ts.
 */

type Say = (zh: string, en: string) => string;
const LANGUAGES = [
  { locale: 'zh-CN', say: ((zh) => zh) as Say },
  { locale: 'en', say: ((_zh, en) => en) as Say },
] as const;

/** A text field by its label (which ends “（必填）” / “ (required)” for a required one). */
function field(scope: Locator | Page, label: string): Locator {
  return scope.getByRole('textbox', { name: new RegExp(`^${label}`) });
}

/** The error under a field, found by the field's label. */
function errorUnder(dialog: Locator, label: string): Locator {
  return dialog.locator('.field', { has: field(dialog.page(), label) }).locator('.field-error');
}

async function seedSession(api: Api, say: Say): Promise<string> {
  const programme = await api('programme.create', { title: say('清源县研讨', 'Qingyuan workshops') });
  const stage = await api('stage.create', { programmeId: programme.id, title: say('阶段一', 'Stage 1') });
  const session = await api('session.create', { stageId: stage.id, title: say('营商环境座谈会', 'Business environment seminar') });
  return session.id;
}

async function openJoinDialog(page: Page, say: Say): Promise<Locator> {
  await page.getByRole('main').getByRole('button', { name: say('加入会场', 'Join a room') }).click();
  const dialog = page.getByRole('dialog', { name: say('加入会场', 'Join a room') });
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const { locale, say } of LANGUAGES) {
  test.describe(`room screens in ${locale}`, () => {
    test.use({ locale: locale === 'en' ? 'en-US' : 'zh-CN' });

    test(`join a room: empty state, checks under the fields, a refused call kept in the dialog (${locale})`, async ({ page, appUrl, api }) => {
      await api('settings.update', { language: locale });
      await page.goto(appUrl);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // In no room: the sidebar offers to join, and no room indicator shows.
      await expect(page.getByRole('banner').getByRole('button', { name: say('加入会场', 'Join a room') })).toBeVisible();
      await expect(page.getByTestId('room-indicator')).toHaveCount(0);

      const dialog = await openJoinDialog(page, say);
      // Nothing announced on the network: what to type, and where the host shows it.
      await expect(dialog.getByTestId('room-discovered-none')).toContainText(say('没有在本网络中自动找到会场', 'No room was found on this network'));
      await expect(dialog.getByTestId('room-discovered-none')).toContainText(say('会场码和二维码', 'the code and a QR code'));
      const address = field(dialog, say('地址', 'Address'));
      await expect(address).toBeFocused();

      // A host without a port, a code too short, no name: each said under its field, nothing sent.
      await address.fill('192.168.1.20');
      await field(dialog, say('会场码', 'Room code')).fill('abc-12');
      await field(dialog, say('本机名称', 'This laptop’s name')).fill('');
      await address.press('Enter');
      await expect(errorUnder(dialog, say('地址', 'Address'))).toHaveText(say('格式不正确', 'wrong format'));
      await expect(errorUnder(dialog, say('会场码', 'Room code'))).toHaveText(say('格式不正确', 'wrong format'));
      await expect(errorUnder(dialog, say('本机名称', 'This laptop’s name'))).toHaveText(say('必填', 'required'));
      await expect(address).toBeFocused();
      await expect(address).toHaveAttribute('aria-invalid', 'true');

      // Fixed: a code in lower case with spaces is taken as it is (the contract normalises it);
      // the role is chosen by its words. Nothing answers at that address (port 1 on loopback): said
      // under the address, and the dialog keeps everything typed.
      await address.fill('127.0.0.1:1');
      await field(dialog, say('会场码', 'Room code')).fill('7k3m q9tx 2b');
      await field(dialog, say('本机名称', 'This laptop’s name')).fill(say('秘书处-李娜的电脑', 'Secretariat – Li Na'));
      await dialog.getByRole('radio', { name: say('投影', 'Projector') }).check();
      await expect(dialog.getByText(say('本机显示投影画面', 'Show the projector view here'))).toBeVisible();
      await dialog.getByRole('button', { name: say('加入', 'Join'), exact: true }).click();
      await expect(errorUnder(dialog, say('地址', 'Address'))).toContainText(say('这个地址没有回应', 'Nothing answers at this address'));
      await expect(address).toBeFocused();
      await expect(field(dialog, say('会场码', 'Room code'))).toHaveValue('7k3m q9tx 2b');
      await expect(page.getByTestId('room-indicator')).toHaveCount(0);

      // Escape closes it, and the focus is back on the button that opened it.
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('button', { name: say('加入会场', 'Join a room') })).toBeFocused();
    });

    test(`open a session as a room: the laptop's name, prefilled from the last one; the panel, and closing (${locale})`, async ({ page, appUrl, api }) => {
      await api('settings.update', { language: locale });
      const sessionId = await seedSession(api, say);
      await page.goto(`${appUrl}#/sessions/${sessionId}`);
      const open = page.getByRole('main').getByRole('button', { name: say('开放会场', 'Open as a room') });
      await open.click();
      const dialog = page.getByRole('dialog', { name: say('开放为会场', 'Open the session as a room') });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(say('本机主持会议', 'This laptop runs the meeting'));
      const name = field(dialog, say('本机名称', 'This laptop’s name'));
      await expect(name).toBeFocused();
      await expect(name).toHaveValue('');

      await name.press('Enter');
      await expect(errorUnder(dialog, say('本机名称', 'This laptop’s name'))).toHaveText(say('必填', 'required'));
      await name.fill(say('会务组-王明的电脑', 'Staff – Wang Ming'));
      await dialog.getByRole('button', { name: say('取消', 'Cancel') }).click();
      await expect(dialog).toHaveCount(0);
      await expect(open).toBeFocused();

      // The name used last on this laptop comes back (kept in the browser's storage, not the data folder).
      await page.evaluate((value) => localStorage.setItem('convene.room.laptopName', value), say('会务组-王明的电脑', 'Staff – Wang Ming'));
      await page.goto(`${appUrl}#/sessions/${sessionId}/run`);
      await page.getByRole('main').getByRole('button', { name: say('开放会场', 'Open as a room') }).click();
      const again = field(page.getByRole('dialog'), say('本机名称', 'This laptop’s name'));
      await expect(again).toHaveValue(say('会务组-王明的电脑', 'Staff – Wang Ming'));
      await expect(page.getByTestId('room-indicator')).toHaveCount(0);

      // Opened (on loopback in tests): the panel shows the address and code; the sidebar says the room is open.
      await again.press('Enter');
      const panel = page.getByRole('dialog', { name: say('会场', 'Room'), exact: true });
      await expect(panel.getByTestId('room-address')).toHaveText(/^127\.0\.0\.1:\d+$/);
      await expect(panel.getByTestId('room-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
      await expect(page.getByTestId('room-indicator')).toContainText(say('会场已开放', 'Room open'));
      await expect(page.getByRole('main').getByRole('button', { name: say('开放会场', 'Open as a room') })).toHaveCount(0);
      // Closing asks first; then the room is gone and the session can be opened again.
      await panel.getByRole('button', { name: say('关闭会场', 'Close the room') }).click();
      const confirm = page.getByRole('dialog', { name: say('关闭会场？', 'Close the room?') });
      await confirm.getByRole('button', { name: say('关闭会场', 'Close the room') }).click();
      await expect(page.getByTestId('room-indicator')).toHaveCount(0);
      await expect(page.getByRole('main').getByRole('button', { name: say('开放会场', 'Open as a room') })).toBeVisible();
    });
  });
}
