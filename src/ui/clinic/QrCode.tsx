import encodeQR from '@paulmillr/qr';
import { QR_OPTIONS } from '../../clinic/qr-options';

export interface QrCodeProps {
  text: string;
  /** The accessible name of the image. */
  label: string;
  /** Printed size, in CSS millimetres. */
  sizeMm?: number;
}

/**
 * A QR code drawn here, from the code's text, as one SVG path of dark modules: no image is fetched
 * and no script outside the extension runs. Only the clinic editor page imports this.
 */
export function QrCode({ text, label, sizeMm = 45 }: QrCodeProps) {
  const modules = encodeQR(text, 'raw', QR_OPTIONS);
  const size = modules.length;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
