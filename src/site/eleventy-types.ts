// The slice of Eleventy's UserConfig that sigreport uses. Eleventy ships no TypeScript types, so
// this names just what we call, and the compiler checks our side of it.
export interface EleventyConfig {
  /** Set by Eleventy before plugins run: the --path-prefix of this build. */
  pathPrefix?: string;
  addExtension(extensions: string | string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(config: Record<string, unknown>): void;
  setWatchThrottleWaitTime(ms: number): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addTransform(name: string, transform: (this: { page: { outputPath: string | false } }, content: string) => string): void;
  /** `results`: the pages Eleventy itself wrote (eleventy.after only). */
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string }; results?: unknown[] }) => void | Promise<void>): void;
  /** Before a rebuild in watch mode, with the paths that changed (relative to the working directory). */
  on(event: "eleventy.beforeWatch", listener: (changed: string[]) => void | Promise<void>): void;
}

/** What Eleventy passes a page's render(): the global data plus pagination fields. */
export interface PageData {
  page: { url: string; inputPath: string; outputPath: string | false };
  [key: string]: unknown;
}
