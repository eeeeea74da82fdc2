/* A native modal dialog: it keeps the focus inside and closes with Escape. Resolves to the value of the button
   that closed it ("" for Escape or a cancel button); the focus then goes back to where it was. */
export function showDialog($dialog) {
  const $back = document.activeElement;
  $dialog.returnValue = "";
  $dialog.showModal();
  return new Promise((resolve) => {
    $dialog.addEventListener(
      "close",
      () => {
        if ($back?.isConnected) $back.focus();
        resolve($dialog.returnValue);
      },
      { once: true },
    );
  });
}
