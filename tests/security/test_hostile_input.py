"""Hostile input to every form and every query parameter of the site, generated with Hypothesis.

Pages come from the URL configuration (routes.py fills their arguments from the seeded world), each is
opened as someone allowed to use it, and its <form>s are read from the HTML, so a new form is covered
as soon as it lands. Every submission must give a clear answer (never a 500), and when it comes back
with an error summary, what was typed in each text box is there again, HTML-escaped.
"""

import html
import itertools
from urllib.parse import urlsplit

import pytest
from django.urls import Resolver404, resolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.security.access_rules import OK, rule_for
from tests.security.forms import ECHOED_TYPES, Form, read_forms
from tests.security.routes import all_routes, fill
from tests.security.world import PRINCIPALS

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "A" * 20000,
    "\x00",
    "before\x00after",
    "\x01\x02\x07\x1b[31m\x7f",
    "\u202eevil\u202c \u200b\ufeff",
    "Zalgo z\u0351\u0345\u0353a\u0489l",
    "\U0001f600\U0001f9ea family \U0001f468\u200d\U0001f469\u200d\U0001f467",
    "'; DROP TABLE accounts_user; --",
    "' OR '1'='1",
    "1 UNION SELECT password FROM accounts_user",
    "%' AND 1=1 --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "[click](javascript:alert(1))",
    "{{ 7*7 }} {% debug %} ${7*7}",
    "../../../../etc/passwd",
    "\r\nSet-Cookie: x=1",
    "-1",
    "99999999999999999999999",
    "NaN",
]

# Every form gets each of these in every text box. Strings the database and templates treat alike are
# joined (an ORM query never builds SQL from text; escaping does not depend on which tag it is), so each
# is still sent, without a submission each; Hypothesis draws the single strings too (VALUES below).
JOINED = [
    HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[4],
    "".join(HOSTILE[5:9]),  # control characters, bidi and zero-width, combining marks, emoji
    " ".join(HOSTILE[9:13]),  # SQL-looking
    "".join(HOSTILE[13:15]),  # HTML
    HOSTILE[15],  # javascript: alone, for address fields
    " ".join(HOSTILE[16:19]),  # markdown link, template syntax, path traversal
    HOSTILE[19], HOSTILE[20], HOSTILE[21], HOSTILE[22],
]  # fmt: skip

# What people type, and what attackers type: any Unicode (control characters included), the corpus above,
# and very long text.
VALUES = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.builds(lambda s, n: s * n, st.sampled_from(["x", "é", "<", "\x00"]), st.integers(200, 12000)),
)

# A form with the same fields as one already tried under another address (the same Form class in another
# view, such as "new" and "edit"): still posted to, with the values most likely to find a difference.
SIBLING_VALUES = ["", "A" * 20000, "before\x00after", "<script>alert(1)</script>", "' OR '1'='1", "-1"]

PREFERRED = ["person", "moderator", "provider staff A", "code administrator", "content editor", "admin"]
TRIED = {"submissions": 0, "forms": 0, "pages": 0}


def _who_may_use(route) -> str | None:
    rule = rule_for(route.name, route.route)
    if rule is None:
        return None
    by_name = {p.name: p for p in PRINCIPALS}
    for name in PREFERRED:
        if rule(by_name[name], "") == {OK} or OK in rule(by_name[name], ""):
            return name
    return None


def _submission(form: Form, draw) -> dict[str, str]:
    data: dict[str, str] = {}
    for f in form.fields:
        if f.kind == "hidden":
            data[f.name] = f.value
        elif f.kind in ("checkbox",):
            if draw(st.booleans()):
                data[f.name] = f.value or "on"
        elif f.kind in ("radio", "select"):
            choices = [o for o in f.options if o] or [""]
            data[f.name] = draw(st.one_of(st.sampled_from(choices), VALUES))
        else:
            data[f.name] = draw(VALUES)
    return data


def _check(client, form: Form, data: dict[str, str], problems: list[str]) -> None:
    TRIED["submissions"] += 1
    response = client.post(form.action, data) if form.method == "post" else client.get(form.action, data)
    where = f"{form.method.upper()} {form.action}"
    if response.status_code >= 500:
        problems.append(f"{where}: {response.status_code} for {data!r:.300}")
        return
    page = response.content.decode(errors="replace")
    if response.status_code != 200 or "govuk-error-summary" not in page:
        return
    for f in form.fields:
        typed = data.get(f.name, "")
        if not typed.strip() or (f.kind not in ECHOED_TYPES and f.kind != "textarea"):
            continue
        if html.escape(typed, quote=True) not in page and html.escape(typed.strip(), quote=True) not in page:
            problems.append(f"{where}: what was typed in {f.name!r} is lost on the error page: {typed!r:.80}")


def test_hostile_input_to_every_form_never_breaks_the_site(capsys, world):
    clients = {p.name: world.client(p) for p in PRINCIPALS}
    admin = clients["admin"]
    problems: list[str] = []
    # Each form is tried once per view (the header's search form is on every page; the flag form on every
    # post); a form whose fields match one tried in another view gets the shorter SIBLING_VALUES.
    seen: set[tuple] = set()
    field_sets: set[tuple] = set()
    for route in all_routes():
        who = _who_may_use(route)
        if who is None:
            continue
        client = clients[who]
        for path in fill(route, world, lambda p: admin.get(p).status_code).values():
            page = client.get(path)
            if page.status_code != 200 or "html" not in page.get("Content-Type", ""):
                continue
            TRIED["pages"] += 1
            forms, params = read_forms(f"http://testserver{path}", page.content.decode())
            if params:  # every query parameter its links use, on the page itself
                forms.append(
                    Form(f"http://testserver{path}", "get", [_param(name) for name in sorted(params)])
                )
            for form in forms:
                if not form.fields or "/logout/" in form.action or "/exit/" in form.action:
                    continue
                names = (form.method, tuple(sorted(f.name for f in form.fields)))
                shape = (_view_of(form.action), *names)
                if shape in seen:
                    continue
                seen.add(shape)
                sibling = names in field_sets
                field_sets.add(names)
                TRIED["forms"] += 1
                for value in SIBLING_VALUES if sibling else JOINED:  # every text box, deterministically
                    data = {f.name: f.value for f in form.fields if f.kind == "hidden"}
                    data.update({f.name: value for f in form.text_fields() if f.kind != "hidden"})
                    _check(client, form, data, problems)
                _fuzz(client, form, problems, examples=2 if sibling else 5)
    with capsys.disabled():
        print(
            f"\nhostile input: {TRIED['submissions']} submissions to {TRIED['forms']} forms"
            f" ({len({shape[0] for shape in seen})} views) on {TRIED['pages']} pages"
        )
    assert TRIED["forms"] >= 15
    assert not problems, "\n".join(itertools.islice(problems, 40))


def _param(name: str):
    from tests.security.forms import Field

    return Field(name, "text")


def _view_of(url: str) -> str:
    try:
        return resolve(urlsplit(url).path).view_name
    except Resolver404:
        return urlsplit(url).path


def _fuzz(client, form: Form, problems: list[str], examples: int) -> None:
    @settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def run(data):
        _check(client, form, _submission(form, data.draw), problems)

    run()
