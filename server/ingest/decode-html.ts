import htmlEncodingSniffer from 'html-encoding-sniffer';

/**
 * An HTML page's bytes as text, in the order browsers use (the HTML standard's encoding
 * sniffing, by html-encoding-sniffer): byte order mark, then the Content-Type charset, then a
 * `<meta charset>` in the first 1,024 bytes. A page that declares nothing is read as UTF-8
 * when its bytes are valid UTF-8 (today's web), else as Windows-1252 (the standard's default).
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): string {
  const label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const encoding = htmlEncodingSniffer(bytes, {
    ...(label ? { transportLayerEncodingLabel: label } : {}),
    defaultEncoding: null,
  });
  if (encoding) {
    try {
      // A byte order mark is consumed by TextDecoder (ignoreBOM is false by default).
      return new TextDecoder(encoding).decode(bytes);
    } catch {
      // An encoding this Node was built without: fall through to the undeclared rule.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
