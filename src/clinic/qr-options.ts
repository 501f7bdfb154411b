/**
 * How the printed sheet draws its QR code: error correction M (15 %), enough for a printed page
 * that is folded or slightly smudged, and the standard's 4-module quiet zone so phone cameras
 * find the code on a busy sheet.
 */
export const QR_OPTIONS = { ecc: 'medium', border: 4 } as const;
