/* "Bewaren en delen" on the overview: files, share links, measurements and backups, fetched when the reader
   gets near (components/when-near.js). They register with main.js and start, as a page's bundle does. */
import { Backup } from "../components/backup.js";
import { Files } from "../components/files.js";
import { Measurements } from "../components/measurements.js";
import { Share } from "../components/share.js";
import { define } from "../core/parts.js";

window.GK?.register(Files, Share, Measurements, Backup);
window.GK?.start();
define("exchange", {});
