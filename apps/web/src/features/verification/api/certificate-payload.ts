/**
 * What a QR code or a pasted text carries: either the verification address, whose fragment is
 * the URL-encoded payload, or the payload itself (its format: @loa/contracts
 * certificate-payload.ts, shared with the API).
 */
export function payloadFromText(text: string): string {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  if (/^https?:\/\//i.test(trimmed) && hash >= 0) {
    try {
      return decodeURIComponent(trimmed.slice(hash + 1)).trim();
    } catch {
      return trimmed.slice(hash + 1).trim();
    }
  }
  return trimmed;
}
