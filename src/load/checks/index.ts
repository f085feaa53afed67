// The checks beyond the schema, in the order they run. Order is data: add a rule by adding a file
// and a line here.
import { attendanceSpike } from "./attendance-spike.ts";
import { duplicateQuestionId } from "./duplicate-question-id.ts";
import { duplicateReport } from "./duplicate-report.ts";
import { emptySection } from "./empty-section.ts";
import { extensionNotExpected } from "./extension-not-expected.ts";
import { leftoverPrompt } from "./leftover-prompt.ts";
import { missingAsset } from "./missing-asset.ts";
import { missingGroupIndex } from "./missing-group-index.ts";
import { quarterMatchesFile } from "./quarter-matches-file.ts";
import { retiredAfterEstablished } from "./retired-after-established.ts";
import { retiredGroupReport } from "./retired-group-report.ts";
import { sessionInQuarter } from "./session-in-quarter.ts";
import { reviewWithoutReport } from "./review-without-report.ts";
import { shortReport } from "./short-report.ts";
import { siteLogo } from "./site-logo.ts";
import type { ArchiveCheck, GroupCheck, ReportCheck, ReviewCheck } from "./types.ts";
import { unknownQuestion } from "./unknown-question.ts";
import { workProductVanished } from "./work-product-vanished.ts";

export const reportChecks: readonly ReportCheck[] = [quarterMatchesFile, sessionInQuarter, attendanceSpike, leftoverPrompt, emptySection, shortReport];

export const groupChecks: readonly GroupCheck[] = [retiredAfterEstablished, extensionNotExpected];

export const reviewChecks: readonly ReviewCheck[] = [duplicateQuestionId];

export const archiveChecks: readonly ArchiveCheck[] = [duplicateReport, missingGroupIndex, workProductVanished, retiredGroupReport, reviewWithoutReport, unknownQuestion, siteLogo, missingAsset];
