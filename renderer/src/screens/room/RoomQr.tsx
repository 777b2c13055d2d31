import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The QR code of the room's join link, as an SVG string the qrcode package draws from the link
 * alone (no user HTML reaches it: the link is the room service's `convene://room?address=…&code=…`).
 * Always dark on white, whatever the theme: scanners read that best.
 */
export function RoomQr({ link, label }: { link: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } })
      .then((drawn) => {
        if (current) setSvg(drawn);
      })
      .catch(() => {
        // A link too long for a QR code: the address and code above it are what to type anyway.
        if (current) setSvg(null);
      });
    return () => {
      current = false;
    };
  }, [link]);
  if (!svg) return null;
  return <div className="room-qr" role="img" aria-label={label} data-testid="room-qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
