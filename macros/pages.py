"""The page types: the template that renders each page and what its scripts need from the build."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageType:
    template: str
    checklist: bool = False  # the page's scripts need the whole checklist as data (export, compare)
    bundle: str | None = None  # the script of this page's tools, beside the one every page loads
    hide: tuple[str, ...] = ()  # Material's sidebars to leave out (page.meta.hide): "navigation", "toc"


# The fixed pages, by their id in `pages:` of content/criteria.yaml.
PAGE_TEMPLATES = {
    "home": PageType("home.html", bundle="home"),
    "overview": PageType("overview.html", checklist=True, bundle="tools"),
    "plan": PageType("plan.html", checklist=True, bundle="plan"),
    # The whole width for the table of many schools.
    "compare": PageType("compare.html", checklist=True, bundle="compare", hide=("navigation", "toc")),
    "resources": PageType("resources.html"),
    "about": PageType("about.html"),
    "accessibility": PageType("accessibility.html"),
}
THEME = PageType("theme.html")
CRITERION = PageType("criterion.html", bundle="criterion")
