"""mkdocs-macros entry point: load and check the content once per build, and register the one page macro
(`guide_page`, which every file in docs/ calls)."""

from pathlib import Path

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.exceptions import PluginError

from .bundle import MAIN, build_bundles
from .content import ContentError, load
from .navigation import navigation, page_problems
from .pagedata import browser_config, checklist_data
from .pages import CRITERION, PAGE_TEMPLATES, THEME
from .render import Renderer

CONTENT = Path("content", "criteria.yaml")
TEMPLATES = Path("overrides", "partials", "checklist")


def define_env(env) -> None:
    project = Path(env.project_dir)
    try:
        checklist = load(project / CONTENT)
    except ContentError as error:
        raise PluginError(str(error)) from None

    conf = env.conf
    conf["nav"] = navigation(checklist)
    if problems := page_problems(Path(conf["docs_dir"]), conf["nav"]):
        raise PluginError("The pages in docs/ do not match the content:\n  " + "\n  ".join(problems))
    # One title and description: the content's.
    conf["site_name"] = checklist.site.title
    conf["site_description"] = checklist.site.description

    renderer = Renderer(checklist, project / TEMPLATES)
    directory_urls = conf["use_directory_urls"]
    bundles = env.variables["gk_bundles"] = build_bundles(project)
    # Per page bundle, the config with the texts of that bundle and main.js (MAIN: pages without a bundle).
    scripts = {kind.bundle or MAIN for kind in [*PAGE_TEMPLATES.values(), THEME, CRITERION]}
    # For overrides/main.html, which writes them into each page's <head>: as JSON text already, safe inside
    # <script> (< > & ' escaped), because the macros plugin strips the strings of `extra` it passes on.
    conf["extra"]["gk"] = {
        "config": {
            script: htmlsafe_json_dumps(browser_config(checklist, directory_urls, bundles.texts(MAIN, script)))
            for script in scripts
        },
        "checklist": htmlsafe_json_dumps(checklist_data(checklist, renderer.marks, directory_urls)),
        "answers": checklist.answers,
    }

    @env.macro
    def guide_page() -> str:
        """The page for this file in docs/: a fixed page, a theme or a criterion."""
        src = env.page.file.src_uri
        fixed = next((p for p in checklist.pages if p.file == src), None)
        located = checklist.page_of(src)
        if fixed:
            kind, context = PAGE_TEMPLATES[fixed.id], {}
        elif located and located[1] is None:
            kind, context = THEME, {"theme": located[0]}
        elif located:
            kind, context = CRITERION, {"theme": located[0], "criterion": located[1]}
        else:
            raise ValueError(f"docs/{src} is not a page of {CONTENT}")
        # Read by overrides/main.html: what this page's scripts need.
        env.page.meta.update(gk_checklist=kind.checklist, gk_bundle=kind.bundle, gk_config=kind.bundle or MAIN)
        # Read by Material's base.html, which renders after this macro: the sidebars this kind of page goes without.
        if kind.hide:
            env.page.meta["hide"] = [*env.page.meta.get("hide", []), *kind.hide]
        return renderer.render(kind.template, env.page, env.variables["files"], **context)


def on_post_build(env) -> None:
    env.variables["gk_bundles"].move_to(Path(env.conf["site_dir"]))
