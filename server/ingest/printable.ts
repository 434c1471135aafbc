/**
 * Text from a feed server (a reason phrase, an error it caused) made safe to print on an
 * operator's terminal: ANSI escape sequences dropped, other control characters (C0, DEL, C1)
 * and bidirectional overrides shown as a space. A reason phrase with `\x1b[2J` cleared the
 * screen of `parallax ingest`; one with `\r` could overwrite what was printed before it.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, ' ');
}
