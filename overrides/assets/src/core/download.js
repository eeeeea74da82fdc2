/* Hand a text to the browser as a download; returns the file name. */
export function download(name, text, type) {
  const $a = document.createElement("a");
  $a.download = name;
  $a.href = URL.createObjectURL(new Blob([text], { type }));
  $a.click();
  setTimeout(() => URL.revokeObjectURL($a.href), 10000); // time for the browser to start the download
  return name;
}

// "gelijke-kansen-mavo-noord-3b-2026-11-27.json": the list's name without accents or spaces, and today's date.
export function fileName(listName, extension, today = new Date()) {
  const slug =
    listName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "invullijst";
  return `gelijke-kansen-${slug}-${today.toLocaleDateString("sv")}.${extension}`;
}
