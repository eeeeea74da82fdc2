/* One polite live region for status messages, outside the content that instant navigation swaps. Made at
   start-up: screen readers only follow a region that exists before its text changes. */
export function createAnnouncer() {
  const $region = document.createElement("div");
  $region.className = "gk-visually-hidden";
  $region.setAttribute("role", "status");
  let timer;
  return function announce(text) {
    if (!$region.isConnected) document.body.append($region);
    // Emptied first and filled a moment later, so the same message twice is read out twice.
    $region.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(() => ($region.textContent = text), 100);
  };
}
