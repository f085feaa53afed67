// Indexes a built site for search, as `sigreport build` does after writing it: the bench times
// Pagefind on its own, apart from the build (`npm run bench` runs the build with --no-search).
import { writeSearchIndex } from "../src/site/search-index.ts";

const dir = process.argv[2];
if (!dir) throw new Error("usage: tsx bench/index-search.ts <built site>");
const { pages } = await writeSearchIndex(dir);
console.log(pages);
