// The checks beyond the schema, in the order they run. Order is data: add a rule by adding a file
// and a line here.
import { attendanceSpike } from "./attendance-spike.ts";
import { duplicateReport } from "./duplicate-report.ts";
import { missingAsset } from "./missing-asset.ts";
import { missingGroupIndex } from "./missing-group-index.ts";
import { quarterMatchesFile } from "./quarter-matches-file.ts";
import { retiredAfterEstablished } from "./retired-after-established.ts";
import { retiredGroupReport } from "./retired-group-report.ts";
import { sessionInQuarter } from "./session-in-quarter.ts";
import type { ArchiveCheck, GroupCheck, ReportCheck } from "./types.ts";
import { workProductVanished } from "./work-product-vanished.ts";

export const reportChecks: readonly ReportCheck[] = [quarterMatchesFile, sessionInQuarter, attendanceSpike];

export const groupChecks: readonly GroupCheck[] = [retiredAfterEstablished];

export const archiveChecks: readonly ArchiveCheck[] = [duplicateReport, missingGroupIndex, workProductVanished, retiredGroupReport, missingAsset];
