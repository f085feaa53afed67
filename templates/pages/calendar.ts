// /calendar.ics and /groups/<group>/calendar.ics, as written by src/site/view-models/calendar.ts.
import type { DataFileView } from "../../src/site/view-models/data-files.ts";
import type { PageFamily } from "../components/types.ts";

export const calendarPages: PageFamily<DataFileView> = {
  pages: (views) => views.calendars,
  render: (_views, file) => file.content,
};
