import { Bonjour } from 'bonjour-service';
import type { AnnouncementRecord, FoundService, RoomAnnouncer, RoomBrowser } from './discovery.js';
import { SERVICE_TYPE } from './discovery.js';

/**
 * mDNS through bonjour-service: only the CLI and the app build this (tests inject fakes: they never
 * multicast). One Bonjour instance per process, made on first use and destroyed with `destroy`.
 */
export function bonjourDiscovery(): { announcer: RoomAnnouncer; browser: RoomBrowser; destroy(): void } {
  let bonjour: Bonjour | null = null;
  const instance = () => (bonjour ??= new Bonjour());
  return {
    announcer: {
      publish(record: AnnouncementRecord) {
        const service = instance().publish({ name: record.name, type: record.type, protocol: record.protocol, port: record.port, txt: record.txt });
        return () => service.stop?.();
      },
    },
    browser: {
      browse(up, down) {
        const browser = instance().find({ type: SERVICE_TYPE, protocol: 'tcp' });
        const toFound = (s: { name: string; host?: string; addresses?: string[]; port: number; txt?: Record<string, unknown> }): FoundService => ({
          name: s.name,
          ...(s.host ? { host: s.host } : {}),
          ...(s.addresses ? { addresses: s.addresses } : {}),
          port: s.port,
          ...(s.txt ? { txt: s.txt } : {}),
        });
        browser.on('up', (s) => up(toFound(s)));
        browser.on('down', (s) => down(toFound(s)));
        return () => browser.stop();
      },
    },
    destroy() {
      bonjour?.destroy();
      bonjour = null;
    },
  };
}
