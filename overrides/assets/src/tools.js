/* The tools of the overview, on top of main.js (its statements and what works on them): they register with it and start. "Bewaren en delen" further down
   comes when the reader gets near it (parts/exchange.js). The compare page has its own (compare.js). */
import { ClearAll } from "./components/clear-all.js";
import { KeepSafe } from "./components/keep-safe.js";
import { Orphans } from "./components/orphans.js";
import { PlanSteps } from "./components/plan-steps.js";
import { Report } from "./components/report.js";
import { Results } from "./components/results.js";
import { SharedLink } from "./components/shared-link.js";
import { Statements } from "./components/statements.js";
import { Totals } from "./components/totals.js";
import { ViewFilter } from "./components/view-filter.js";
import { whenNear } from "./components/when-near.js";

const Exchange = whenNear("gk-exchange", "exchange");

window.GK?.register(
  Statements,
  ViewFilter,
  Totals,
  Results,
  Report,
  ClearAll,
  Orphans,
  SharedLink,
  PlanSteps,
  KeepSafe,
  Exchange,
);
window.GK?.start();
