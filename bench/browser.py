"""What the measurements run inside Chromium (Playwright)."""

from urllib.parse import urlparse


def first_load(browser, url: str) -> dict:
    """What opening url with an empty cache fetches: requests, bytes over the wire (headers and gzipped bodies), and
    the gzipped bodies of our own scripts and stylesheets (those under assets/gk/) as the browser received them."""
    context = browser.new_context()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    context.new_page().goto(url, wait_until="networkidle")
    figures = {"requests": 0, "bytes": 0, "js": 0, "css": 0, "ours": []}
    for request in finished:
        sizes = request.sizes()
        figures["requests"] += 1
        figures["bytes"] += sizes["responseHeadersSize"] + sizes["responseBodySize"]
        path = urlparse(request.url).path
        if "/assets/gk/" in path:
            kind = {"script": "js", "stylesheet": "css"}.get(request.resource_type)
            if kind:
                figures[kind] += sizes["responseBodySize"]
                figures["ours"].append((kind, path.rsplit("/", 1)[-1]))
    context.close()
    return figures
