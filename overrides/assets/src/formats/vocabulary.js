/* The answer scale and limits from the config, in the forms the formats need. Retired answers still read: old
   saved data, files and links use them. */
export function vocabulary(config) {
  const all = [...config.answers, ...config.retired.answers];
  // Without a prototype: a value such as "constructor" from a file finds nothing.
  const table = (pick) => Object.assign(Object.create(null), Object.fromEntries(all.map(pick)));
  return {
    answers: config.answers,
    unanswered: config.unanswered,
    known: new Set(all.map((answer) => answer.value)),
    code: table((answer) => [answer.value, answer.code]),
    value: table((answer) => [answer.code, answer.value]),
    label: table((answer) => [answer.value, answer.label]),
    count: table((answer) => [answer.value, answer.count]),
    done: new Set(config.answers.filter((answer) => answer.done).map((answer) => answer.value)),
    statuses: new Set(config.statuses.map((status) => status.value)),
    itemId: new RegExp(config.itemId),
    retired: new Set(config.retired.items),
    limits: config.limits,
    version: config.version,
  };
}

// What a file or link holds that cannot be used; code names its message (ui.problems.<code>).
export class FormatProblem extends Error {
  constructor(code, values = {}) {
    super(code);
    this.code = code;
    this.values = values;
  }
}
