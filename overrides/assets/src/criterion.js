/* The tools of a criterion page, on top of main.js: its statements, "Zet op het actieplan" on them, and
   "Kopieer link" for the page. */
import { CopyLink } from "./components/copy-link.js";
import { PlanSteps } from "./components/plan-steps.js";
import { Statements } from "./components/statements.js";

window.GK?.register(Statements, PlanSteps, CopyLink);
window.GK?.start();
