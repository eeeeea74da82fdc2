/* Printing and downloading the action plan (components/plan-out.js), fetched at the first use of either. */
import { planOut } from "../components/plan-out.js";
import { define } from "../core/parts.js";

define("plan-out", { planOut });
