// Word wrap for digest.txt, at the 72 columns mail clients expect: every line of a value starts
// with its indent, so a report's words never begin a line where the digest's headings do.
const WIDTH = 72;

export function wrap(line: string, first: string, rest: string = first): string[] {
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of line.split(" ").filter(Boolean)) {
    if (!empty && current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = rest;
      empty = true;
    }
    current += (empty ? "" : " ") + word;
    empty = false;
  }
  if (!empty) lines.push(current);
  return lines;
}
