/* The plan dialog (components/plan-editor.js), fetched when a statement's "Zet op het actieplan" is first used. */
import { PlanEditor } from "../components/plan-editor.js";
import { define } from "../core/parts.js";

define("plan-editor", { PlanEditor });
