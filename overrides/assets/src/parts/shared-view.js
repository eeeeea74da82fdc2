/* Someone else's answers from a share link (components/shared-view.js), fetched when the address holds one. */
import { SharedView } from "../components/shared-view.js";
import { define } from "../core/parts.js";

define("shared-view", { SharedView });
