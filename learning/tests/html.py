"""Reading rendered pages in tests: the document language, links, the language a text is marked in."""

from urllib.parse import urlsplit

from tests.helpers import parse

LOCAL_HOSTS = {"", "testserver", "localhost"}
# Attributes that make the browser fetch something as soon as the page loads.
LOADING_ATTRIBUTES = ["src", "srcset", "data", "poster"]


def get(client, url, *args, **kwargs):
    """GET `url` and check that it answered 200."""
    response = client.get(url, *args, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return response


def document_language(response):
    """The `lang` of the <html> element, or None."""
    html = parse(response).find("html")
    return html.get("lang") if html else None


def link_paths(response, selector="a[href]"):
    """The paths of the links matching `selector`, in document order (host and query dropped)."""
    return [urlsplit(a["href"]).path for a in parse(response).select(selector)]


def heading(response):
    """The main heading (<h1> in <main>)."""
    return parse(response).select_one("main h1")


def language_of(element):
    """The language an element's text is marked in: its own or its nearest ancestor's `lang`."""
    marked = element if element.has_attr("lang") else element.find_parent(attrs={"lang": True})
    return marked["lang"] if marked else None


def third_party_loads(response):
    """URLs on other hosts that the page makes the browser load without a click (scripts, images, CSS...)."""
    urls = []
    for element in parse(response).find_all(True):
        for attribute in LOADING_ATTRIBUTES:
            for value in (element.get(attribute) or "").split(","):
                urls.append(value.strip().split(" ")[0])
        if element.name == "link" and element.get("rel") != ["alternate"]:
            urls.append(element.get("href", ""))
    return [url for url in urls if url and urlsplit(url).hostname not in {None, *LOCAL_HOSTS}]


def has_class(response, name):
    return parse(response).find(class_=name) is not None
