/* The tools of the action plan page (/actieplan/), on top of main.js: they register with it and start. */
import { PlanPage } from "./components/plan-page.js";

window.GK?.register(PlanPage);
window.GK?.start();
