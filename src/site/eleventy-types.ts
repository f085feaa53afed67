// The slice of Eleventy's UserConfig that sigreport uses. Eleventy ships no TypeScript types, so
// this names just what we call, and the compiler checks our side of it.
export interface EleventyConfig {
  /** Set by Eleventy before plugins run: the --path-prefix of this build. */
  pathPrefix?: string;
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addWatchTarget(path: string): void;
  setChokidarConfig(config: Record<string, unknown>): void;
  getFilter(name: string): (this: unknown, ...args: unknown[]) => unknown;
  on(event: "eleventy.before" | "eleventy.after", listener: (event: { directories: { output: string } }) => void | Promise<void>): void;
  setServerOptions(options: Record<string, unknown>): void;
  /** Before a rebuild in watch mode, with the paths that changed (relative to the working directory). */
  on(event: "eleventy.beforeWatch", listener: (changed: string[]) => void | Promise<void>): void;
}
