"""The forms on a page, read from its HTML, as a browser would submit them."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

TEXT_TYPES = {"text", "search", "email", "tel", "url", "number", "date", "time", "password", ""}
ECHOED_TYPES = {"text", "search", "email", "tel", "url", ""}  # shown back as typed on an error page


@dataclass
class Field:
    name: str
    kind: str  # input type, "textarea" or "select"
    value: str = ""
    options: list[str] = field(default_factory=list)
    checked: bool = False


@dataclass
class Form:
    action: str
    method: str
    fields: list[Field] = field(default_factory=list)

    def text_fields(self) -> list[Field]:
        return [f for f in self.fields if f.kind in TEXT_TYPES or f.kind == "textarea"]


class _Forms(HTMLParser):
    def __init__(self, page_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self.links: list[str] = []
        self._select: Field | None = None
        self._textarea: Field | None = None
        self._radios: dict[str, Field] = {}

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "a" and "?" in a.get("href", ""):
            self.links.append(a["href"])
        if tag == "form":
            action = urljoin(self.page_url, a.get("action") or self.page_url)
            self.forms.append(Form(action, (a.get("method") or "get").lower()))
            self._radios = {}
            return
        if not self.forms or not a.get("name"):
            return
        form = self.forms[-1]
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind == "radio":
                group = self._radios.get(a["name"])
                if group is None:
                    group = self._radios[a["name"]] = Field(a["name"], "radio")
                    form.fields.append(group)
                group.options.append(a.get("value", "on"))
                return
            form.fields.append(Field(a["name"], kind, a.get("value", ""), checked="checked" in a))
        elif tag == "textarea":
            self._textarea = Field(a["name"], "textarea")
            form.fields.append(self._textarea)
        elif tag == "select":
            self._select = Field(a["name"], "select")
            form.fields.append(self._select)
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea.value += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def read_forms(page_url: str, html: str) -> tuple[list[Form], set[str]]:
    """The page's forms that post to this site, and the query parameter names its links use."""
    parser = _Forms(page_url)
    parser.feed(html)
    own = [
        f for f in parser.forms if not urlsplit(f.action).netloc or urlsplit(f.action).netloc == "testserver"
    ]
    params = {
        name for link in parser.links for name, _ in parse_qsl(urlsplit(link).query, keep_blank_values=True)
    }
    return own, params
