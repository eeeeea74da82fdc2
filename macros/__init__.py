"""mkdocs-macros entry point: load and check the content once per build, register one macro per page type."""

from pathlib import Path

from mkdocs.exceptions import PluginError

from .content import ContentError, load
from .exchange import checklist_data
from .navigation import page_problems, with_themes
from .render import Renderer

CONTENT = Path("content", "criteria.yaml")
TEMPLATES = Path("overrides", "partials", "checklist")


def define_env(env) -> None:
    project = Path(env.project_dir)
    try:
        checklist = load(project / CONTENT)
    except ContentError as error:
        raise PluginError(str(error)) from None

    env.conf["nav"] = with_themes(env.conf["nav"] or [], checklist)
    if problems := page_problems(Path(env.conf["docs_dir"]), env.conf["nav"]):
        raise PluginError("The pages in docs/ do not match the content:\n  " + "\n  ".join(problems))

    renderer = Renderer(checklist, project / TEMPLATES)
    exchange = checklist_data(checklist)  # for export, share links and compare (exchange.js)

    def page(template: str, **context) -> str:
        return renderer.render(template, env.page, env.variables["files"], **context)

    @env.macro
    def home_page() -> str:
        return page("home.html")

    def located(want_criterion: bool):
        """The theme and criterion this page stands for, by its path in docs/."""
        src = env.page.file.src_uri
        found = checklist.page_of(src)
        if found is None or (found[1] is not None) != want_criterion:
            kind = "criterion" if want_criterion else "theme"
            raise ValueError(f"docs/{src} is not the page of a {kind} in {CONTENT}")
        return found

    @env.macro
    def theme_page() -> str:
        theme, _ = located(want_criterion=False)
        return page("theme.html", theme=theme)

    @env.macro
    def criterion_page() -> str:
        theme, criterion = located(want_criterion=True)
        return page("criterion.html", theme=theme, criterion=criterion)

    @env.macro
    def overview_page() -> str:
        return page("overview.html", exchange=exchange)

    @env.macro
    def compare_page() -> str:
        return page("compare.html", exchange=exchange)

    @env.macro
    def resources_page() -> str:
        return page("resources.html")

    @env.macro
    def about_page() -> str:
        return page("about.html")

    @env.macro
    def accessibility_page() -> str:
        return page("accessibility.html")
