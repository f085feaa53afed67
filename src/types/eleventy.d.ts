// Eleventy 3 ships JavaScript without type declarations; these are the parts sigreport calls.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "serve" | "watch";
    config?: (eleventyConfig: unknown) => void;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    disableLogger(): void;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    /** Eleventy's ConsoleLogger; overrideLogger() takes a console-like object. */
    readonly logger: { overrideLogger(logger: Record<"log" | "info" | "warn" | "error", (message: string) => void>): void };
  }
}
