// How a load worker's results cross to the main thread (./parallel.ts): as JSON text, not as a
// structured clone. A clone arrives as objects built one property at a time, a seventh larger
// than those JSON.parse makes (3,000 reports, live heap after loading: 80 MiB loaded in one
// thread, 92 cloned from a worker, 85 parsed from JSON), and is no faster to take in.
//
// JSON alone would change the values: `undefined` (a report without a summary, a session without
// one) would drop its key or become null in an array, NaN and the infinities null, -0 zero. So the
// text carries, beside the value, where each of those was, and they are put back in place, the
// key where it was. Anything else JSON cannot say (a Date, a Map, a class) is refused: the worker
// reports the batch failed and the main thread loads it itself.

type Special = "undefined" | "NaN" | "Infinity" | "-Infinity" | "-0";
type Key = string | number;

const SPECIAL_VALUES: Record<Special, unknown> = { undefined, NaN, Infinity, "-Infinity": -Infinity, "-0": -0 };

function specialOf(value: unknown): Special | undefined {
  if (value === undefined) return "undefined";
  if (typeof value !== "number" || (Number.isFinite(value) && !Object.is(value, -0))) return undefined;
  return Number.isNaN(value) ? "NaN" : value === Infinity ? "Infinity" : value === -Infinity ? "-Infinity" : "-0";
}

/** `value` as JSON text that fromWireJson turns back into an equal value. Changes `value`: it is the sender's to drop. */
export function toWireJson(value: unknown): string {
  const specials: [Key[], Special][] = [];
  // One path, pushed and popped as the walk goes; copied only where a special value is.
  const path: Key[] = [];
  const visit = (node: unknown): unknown => {
    const special = specialOf(node);
    if (special) {
      specials.push([[...path], special]);
      return null;
    }
    if (node === null || typeof node !== "object") {
      if (typeof node === "bigint" || typeof node === "function" || typeof node === "symbol") throw new TypeError(`${path.join(".")}: a ${typeof node} cannot go as JSON`);
      return node;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        node[i] = visit(node[i]);
        path.pop();
      }
      return node;
    }
    const proto = Object.getPrototypeOf(node) as unknown;
    if (proto !== Object.prototype) throw new TypeError(`${path.join(".")}: a ${proto === null ? "null-prototype object" : (node as object).constructor.name} cannot go as JSON`);
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      path.push(key);
      record[key] = visit(record[key]);
      path.pop();
    }
    return node;
  };
  const plain = visit(value);
  return JSON.stringify(specials.length === 0 ? [plain] : [plain, specials]);
}

export function fromWireJson<T>(text: string): T {
  const [value, specials] = JSON.parse(text) as [unknown, [Key[], Special][]?];
  if (!specials) return value as T;
  let root = value;
  for (const [path, special] of specials) {
    if (path.length === 0) {
      root = SPECIAL_VALUES[special];
      continue;
    }
    let holder = root as Record<Key, unknown>;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<Key, unknown>;
    holder[path.at(-1)!] = SPECIAL_VALUES[special];
  }
  return root as T;
}
