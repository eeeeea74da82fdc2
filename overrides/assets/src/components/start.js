/* A start path on the home page. Its link opens the role's view on the overview ("Begin"); once some of the
   view is answered it goes on at the first open statement ("Ga verder bij 3b"), and when all is answered, to
   the results of the view. Only the words and the address change, so nothing moves. */
export class Start {
  static moduleName = "gk-start";

  constructor($root, { store, t, vocab, signal }) {
    const ids = $root.dataset.items.split(" ");
    const mine = new Set(ids);
    const $go = $root.querySelector("[data-go]");
    const begin = { text: $go.firstChild.data, href: $go.href };
    const scale = new Set(vocab.answers.map((answer) => answer.value));
    const render = () => {
      const answers = store.list().answers;
      const given = (id) => scale.has(answers[id]?.answer);
      const open = ids.find((id) => !given(id));
      const url = new URL(begin.href);
      if (!ids.some(given)) {
        $go.firstChild.data = begin.text;
      } else if (open) {
        url.hash = open;
        $go.firstChild.data = t("start.continue", { id: open });
      } else {
        url.href = new URL($root.dataset.results, location.href).href;
        $go.firstChild.data = t("results.link");
      }
      $go.href = url.href;
    };
    render();
    store.subscribe((change) => {
      if (change.items === null || change.items?.some((id) => mine.has(id))) render();
    }, signal);
  }
}
