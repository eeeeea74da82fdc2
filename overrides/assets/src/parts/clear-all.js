/* Clearing the answers of a list (components/clear-answers.js), fetched when "Wis alles" is first used. */
import { ClearAnswers } from "../components/clear-answers.js";
import { define } from "../core/parts.js";

define("clear-all", { ClearAnswers });
