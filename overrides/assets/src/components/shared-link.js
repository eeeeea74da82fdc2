/* A share link opened on the overview: its view's code (components/shared-view.js) comes only when the address
   holds one, at load or later (core/parts.js). */
import { isShareFragment } from "../formats/sharelink.js";

export class SharedLink {
  static moduleName = "gk-shared";

  constructor($root, context) {
    const view = context.fromPart("shared-view", ({ SharedView }) => new SharedView($root, context));
    const follow = () => isShareFragment(location.hash) && view();
    window.addEventListener("hashchange", follow, { signal: context.signal });
    follow();
  }
}
