// Bytes to text, once, at the boundary: invalid UTF-8 is an error (never U+FFFD silently), a
// byte-order mark and Windows line endings are accepted and normalised so lines count the same.
import { diagnostic, type Diagnostic } from "./diagnostics.ts";

/** Quarterly reports are a few pages; anything this big is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function decodeText(bytes: Uint8Array, file: string): TextResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      diagnostic: diagnostic("file-too-large", file, {
        message: `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MiB; a report may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB.`,
        expected: `at most ${MAX_FILE_BYTES} bytes`,
        found: `${bytes.byteLength} bytes`,
      }),
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes); // also drops a leading BOM
  } catch {
    const { line, column, byte } = firstInvalidUtf8(bytes);
    const shown = byte === undefined ? "bytes that are not UTF-8" : `the byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}, which is not UTF-8`;
    return {
      ok: false,
      diagnostic: diagnostic("invalid-utf8", file, {
        line,
        column,
        message: `The file contains ${shown} (it may have been saved as Latin-1 or Windows-1252).`,
        expected: "UTF-8 text",
        found: shown,
      }),
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** Where the first byte that is not UTF-8 stands, as the line and column an editor shows. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte?: number } {
  const offset = firstInvalidOffset(bytes);
  if (offset === -1) return firstInvalidLine(bytes); // overlong forms and surrogates: the line is enough
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const column = lenient.decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, "").length + 1;
  return { line, column, byte: bytes[offset]! };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
function firstInvalidOffset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const more = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    for (let k = 1; k <= more; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += more + 1;
  }
  return -1;
}

function firstInvalidLine(bytes: Uint8Array): { line: number; column: number } {
  // Decode growing prefixes line by line: cheap enough for an error path.
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        break;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: 1 };
}
