/* A component's status line, and "Maak ongedaan" after a change made with act(). Any later change, here or in
   another tab, takes the undo away: restoring then would throw away newer work. */
export function feedback({ $status, $undo, store, t, signal }) {
  let checkpoint = null;
  let acting = false;

  const offer = (value) => {
    checkpoint = value;
    if ($undo) $undo.hidden = !value;
  };
  const say = (text) => {
    $status.textContent = text;
    offer(null);
  };

  $undo?.addEventListener(
    "click",
    () => {
      const restored = store.restore(checkpoint);
      say(t(restored ? "common.undone" : "common.not_done"));
      $status.focus();
    },
    { signal },
  );
  store.subscribe(() => acting || offer(null), signal);

  return {
    say,
    // change() makes the change and returns whether it was made; text() says what happened.
    act(change, text) {
      const before = store.checkpoint();
      acting = true;
      let done;
      try {
        done = change();
      } finally {
        acting = false;
      }
      say(done ? text() : t("common.not_done"));
      if (done) offer(before);
      return done;
    },
  };
}
