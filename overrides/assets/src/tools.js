/* The tools of the overview, on top of main.js: they register with it and start. The compare page has its own
   (compare.js). */
import { Backup } from "./components/backup.js";
import { ClearAll } from "./components/clear-all.js";
import { Files } from "./components/files.js";
import { KeepSafe } from "./components/keep-safe.js";
import { Measurements } from "./components/measurements.js";
import { Orphans } from "./components/orphans.js";
import { PlanSteps } from "./components/plan-steps.js";
import { Report } from "./components/report.js";
import { Results } from "./components/results.js";
import { Share } from "./components/share.js";
import { SharedView } from "./components/shared-view.js";
import { Totals } from "./components/totals.js";
import { ViewFilter } from "./components/view-filter.js";

window.GK?.register(
  ViewFilter,
  Totals,
  Results,
  Report,
  ClearAll,
  Orphans,
  Files,
  Share,
  SharedView,
  Measurements,
  PlanSteps,
  Backup,
  KeepSafe,
);
window.GK?.start();
