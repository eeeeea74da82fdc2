/* The compare page's tools, on top of main.js (only /vergelijken/ needs them): they register with it and start. */
import { ComparePage } from "./components/compare-page.js";
import "./css/compare.css"; // assets/gk/compare.css, linked in the page's <head> (macros/pages.py)

window.GK?.register(ComparePage);
window.GK?.start();
