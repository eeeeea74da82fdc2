/* The tools of the home page, on top of main.js: its start paths. */
import { Start } from "./components/start.js";

window.GK?.register(Start);
window.GK?.start();
