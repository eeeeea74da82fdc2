/* The compare page's heatmap and all that fills it (components/compare-view.js), with its styles, fetched at the
   page's first use (components/compare-page.js). */
import { CompareView } from "../components/compare-view.js";
import { define } from "../core/parts.js";
import "../css/heatmap.css";

define("compare-view", { CompareView });
