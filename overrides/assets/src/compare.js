/* The compare page's tools, on top of main.js (only /vergelijken/ needs them): they register with it and start. */
import { ComparePage } from "./components/compare-page.js";

window.GK?.register(ComparePage);
window.GK?.start();
