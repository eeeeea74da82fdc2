/* Copy text; resolves to false when the browser refuses (no permission, a page not served over https). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
