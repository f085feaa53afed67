// How bench/profile.ts files a profile's frames under packages, folders and build phases.
import { describe, expect, it } from "vitest";
import { owner, phaseOf } from "../../bench/profile.ts";

describe("a frame's owner", () => {
  it("is the npm package, scoped ones with their scope", () => {
    expect(owner("file:///r/node_modules/js-yaml/dist/js-yaml.mjs", "composeNode")).toBe("js-yaml");
    expect(owner("file:///r/node_modules/@11ty/eleventy/src/Eleventy.js", "write")).toBe("@11ty/eleventy");
  });
  it("is sigreport's folder for its own code, and Node or V8 otherwise", () => {
    expect(owner("file:///r/src/load/yaml-fast.ts", "parseYamlFast")).toBe("src/load");
    expect(owner("node:internal/modules/esm/loader", "load")).toBe("node (internal)");
    expect(owner("", "(garbage collector)")).toBe("(garbage collector)");
  });
});

describe("a sample's phase", () => {
  it("comes from the innermost frame of sigreport's code, past the shared model", () => {
    const stack = ["file:///r/node_modules/zod/v4/core/schemas.js", "file:///r/src/model/schema.ts", "file:///r/src/load/validate.ts", "file:///r/src/site/archive-source.ts"];
    expect(phaseOf(stack, "parse")).toBe("loading (read, YAML, zod, Markdown)");
    expect(phaseOf(["file:///r/templates/components/sessions.ts", "file:///r/src/site/write-pages.ts"], "render")).toBe("rendering");
    expect(phaseOf(["file:///r/src/archive/people.ts"], "people")).toBe("views");
  });
  it("falls back to Eleventy, then to module loading", () => {
    expect(phaseOf(["file:///r/node_modules/@11ty/eleventy/src/Template.js"], "render")).toBe("Eleventy");
    expect(phaseOf(["node:internal/vm"], "compileSourceTextModule")).toBe("start-up (module loading)");
    expect(phaseOf([], "(idle)")).toBe("idle (waiting)");
  });
});
