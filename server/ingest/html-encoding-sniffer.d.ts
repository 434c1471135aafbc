/** Types for html-encoding-sniffer 6, which ships none (its options as its README gives them). */
declare module 'html-encoding-sniffer' {
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: {
      xml?: boolean;
      /** The Content-Type charset: wins over everything but a byte order mark. */
      transportLayerEncodingLabel?: string;
      /** Returned when nothing else decides; null here lets the caller tell "undetermined". */
      defaultEncoding?: string | null;
    },
  ): string | null;
}
