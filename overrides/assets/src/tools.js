/* The tools of the overview and the compare page, on top of main.js: they register with it and start. */
import { ClearAll } from "./components/clear-all.js";
import { ComparePage } from "./components/compare-page.js";
import { Files } from "./components/files.js";
import { Measurements } from "./components/measurements.js";
import { Orphans } from "./components/orphans.js";
import { Report } from "./components/report.js";
import { Results } from "./components/results.js";
import { Share } from "./components/share.js";
import { SharedView } from "./components/shared-view.js";
import { Totals } from "./components/totals.js";
import { ViewFilter } from "./components/view-filter.js";

window.GK?.register(ViewFilter, Totals, Results, Report, ClearAll, Orphans, Files, Share, SharedView, Measurements, ComparePage);
window.GK?.start();
