/* The switch between light and dark in the header (partials/palette.html), in place of Material's palette
   component, which sets the page's colours again at every load and reads them back at once: the browser restyled
   the whole page three times. Here the colours change only when they differ: at the first visit when the system
   prefers the other scheme, and when the reader switches. Material's script in <head> applies a saved choice before
   the first paint, as before; the choice is kept in Material's own format (__palette).

   Not a page component: the header outlives the pages of instant navigation, so this starts once (main.js). */
export function startPalette($form) {
  const $inputs = [...$form.querySelectorAll("input")];
  const saved = window.__md_get("__palette");
  // matchMedia makes the browser bring the page's styles up to date: only at the first visit, as Material does.
  let index = saved ? saved.index : $inputs.findIndex(($input) => matchMedia($input.dataset.mdColorMedia).matches);
  // What Material tells the browser once the colours are applied: the colour of its own bar, and the scheme of the
  // page around <body>, such as its scroll bar. Material says the latter with a <meta> too, but adding or setting
  // that one makes the browser restyle every element; on <html> it restyles <html>.
  const $theme = document.head.appendChild(Object.assign(document.createElement("meta"), { name: "theme-color" }));
  const describe = () => {
    document.documentElement.style.colorScheme = getComputedStyle(document.body).colorScheme;
    $theme.content = getComputedStyle(document.querySelector("header")).backgroundColor;
  };

  const choose = (chosen) => {
    index = Math.max(0, Math.min(chosen, $inputs.length - 1));
    const $input = $inputs[index];
    $input.checked = true;
    // What Material's CSS styles the page by (attributes of <body>), and what it saves of a scheme. (It saves the
    // media query too, which its script in <head> needs only for a scheme that follows the system: we have none.)
    const color = {};
    let changed = false;
    for (const name of ["scheme", "primary", "accent"]) {
      color[name] = $input.getAttribute(`data-md-color-${name}`);
      changed ||= document.body.getAttribute(`data-md-color-${name}`) !== color[name];
    }
    if (changed) {
      // Material's CSS turns transitions off while this is set: the page changes colour at once.
      document.body.setAttribute("data-md-color-switching", "");
      for (const [name, value] of Object.entries(color)) document.body.setAttribute(`data-md-color-${name}`, value);
      requestAnimationFrame(() => document.body.removeAttribute("data-md-color-switching"));
    }
    // Each label switches to the next scheme; only the current scheme's label is shown.
    $inputs.forEach(($other, i) => {
      $other.nextElementSibling.hidden = i !== index;
    });
    window.__md_set("__palette", { index, color });
    // In the next frame, when the browser styles the page anyway: read now, the styles would be worked out twice.
    requestAnimationFrame(describe);
  };

  $form.addEventListener("change", (event) => choose($inputs.indexOf(event.target)));
  // As Material's: Enter on the focused switch goes to the next scheme, and keeps the focus on the switch.
  $form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const $next = $inputs[(index + 1) % $inputs.length];
    $next.click();
    $next.focus();
  });
  choose(index);
}
