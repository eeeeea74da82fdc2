/* The tools of the overview, on top of main.js: they register with it and start. "Bewaren en delen" further down
   comes when the reader gets near it (parts/exchange.js). The compare page has its own (compare.js). */
import { ClearAll } from "./components/clear-all.js";
import { KeepSafe } from "./components/keep-safe.js";
import { later } from "./components/later.js";
import { Orphans } from "./components/orphans.js";
import { PlanSteps } from "./components/plan-steps.js";
import { Report } from "./components/report.js";
import { Results } from "./components/results.js";
import { SharedLink } from "./components/shared-link.js";
import { Totals } from "./components/totals.js";
import { ViewFilter } from "./components/view-filter.js";

const Exchange = later("gk-exchange", "exchange");

window.GK?.register(ViewFilter, Totals, Results, Report, ClearAll, Orphans, SharedLink, PlanSteps, KeepSafe, Exchange);
window.GK?.start();
