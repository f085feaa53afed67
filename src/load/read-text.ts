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
    const { line, column } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      diagnostic: diagnostic("invalid-utf8", file, {
        line,
        column,
        message: "The file contains bytes that are not UTF-8 text (it may have been saved as Latin-1 or Windows-1252).",
        expected: "UTF-8 text",
        found: "bytes that are not UTF-8",
      }),
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
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
