/* The action plan leaving this browser (/actieplan/): the question for the list's name first (a list nobody
   named), then paper or a table for Excel. Fetched at the first print or download (parts/plan-out.js). */
import { download, fileName } from "../core/download.js";
import { csv, localTime } from "../formats/csv.js";
import { planRows } from "../formats/plan.js";
import { askName } from "./name-prompt.js";

// The plan as a CSV file, downloaded; its file name.
function saveCsv({ store, t, checklist, config }) {
  const list = store.list();
  const made = new Date();
  const rows = planRows(list.plan, { checklist, statuses: config.statuses, name: list.name, made, localTime });
  return download(
    fileName(`${t("plan.file_name")} ${list.name}`, "csv", made),
    csv([t("plan.csv_header").split(";"), ...rows]),
    "text/csv",
  );
}

// how: "print" or "csv"; the file name of a download, or null.
export async function planOut(how, $root, context) {
  if (!(await askName($root, context))) return null;
  if (how === "print") window.print();
  return how === "csv" ? saveCsv(context) : null;
}
