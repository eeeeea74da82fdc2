/* The dialog that manages the lists (components/list-manager.js), fetched when "Wissel" is first used. */
import { ListManager } from "../components/list-manager.js";
import { define } from "../core/parts.js";

define("list-manager", { ListManager });
