/** The phone link printed on a ticket, and its QR code as an image URL that prints crisply at any size. */
import QRCode from 'qrcode';

/** The page where a visitor follows their own ticket; the token is unguessable, so the link is the key. */
export function phoneUrl(phoneToken: string, origin: string = location.origin): string {
  return `${origin}/phone/?t=${encodeURIComponent(phoneToken)}`;
}

/**
 * SVG rather than a canvas bitmap: thermal printers print it sharp, and the same image serves the screen.
 * Level M survives a crumpled or smudged ticket; the margin is the quiet zone scanners need.
 */
export async function qrImageUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
