// A family of pages whose views are made one at a time, as each page is written, and dropped once
// it is: a build never holds ten thousand report views at once. The addresses are known up front
// (the sitemap lists them) without making any view.

export interface LazyPages<T> extends Iterable<T> {
  readonly urls: readonly string[];
  /** Only the pages whose address passes `keep`, decided before any view is made. */
  only(keep: (url: string) => boolean): Iterable<T>;
}

export function lazyPages<S, T>(sources: readonly S[], url: (source: S) => string, make: (source: S) => T): LazyPages<T> {
  return {
    get urls() {
      return sources.map(url);
    },
    *[Symbol.iterator]() {
      for (const source of sources) yield make(source);
    },
    *only(keep) {
      for (const source of sources) if (keep(url(source))) yield make(source);
    },
  };
}

export function isLazyPages<T = unknown>(value: object): value is LazyPages<T> {
  return "only" in value && "urls" in value;
}
