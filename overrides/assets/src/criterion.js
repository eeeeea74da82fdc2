/* The tools of a criterion page, on top of main.js: "Zet op het actieplan" on its statements. */
import { PlanSteps } from "./components/plan-steps.js";

window.GK?.register(PlanSteps);
window.GK?.start();
