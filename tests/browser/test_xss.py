"""Cross-site scripting: a corpus of hostile markup in every field the site shows to someone else, then
the pages that show it opened in Chromium. Nothing may run.

What would give a run away: a dialog (payloads call alert/confirm/prompt: page.on("dialog") records it),
the global trap window.__xss (payloads that set it, for sinks where a dialog would be blocked), a CSP
violation (recorded by a securitypolicyviolation listener: injected markup that only the CSP stopped is
still a hole), or, in the DOM, an inline event handler, a javascript:/data:/vbscript: link or frame, or a
script the site did not write. The content is made through the apps' own functions (what their forms
call); tests/security/test_hostile_input.py posts the same strings through every form.
"""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from mylife4me.accounts.roles import Role
from tests.browser.test_alerts import sign_in
from tests.factories import UserFactory, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CORPUS = [
    "<script>alert('xss-1')</script>",
    "<SCRIPT SRC=//example.invalid/x.js></SCRIPT>",
    '"><img src=x onerror="window.__xss=2;alert(2)">',
    "<img src=x onerror=alert(3)//",
    "<body onload=alert(4)>",
    '<div onmouseover="window.__xss=5" style="position:fixed;inset:0">cover</div>',
    "<svg onload=alert(6)>",
    "<svg><script>window.__xss=7</script></svg>",
    '<svg><a xlink:href="javascript:alert(8)"><text x=20 y=20>svg link</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>",
    '<iframe src="javascript:alert(10)"></iframe>',
    '<iframe srcdoc="<script>parent.__xss=11</script>"></iframe>',
    '<object data="data:text/html,<script>alert(12)</script>"></object>',
    '<a href="javascript:alert(13)">plain link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=">data link</a>',
    "[markdown link](javascript:alert(15))",
    "[spaced](  javascript:alert(16) )",
    "[cased](JaVaScRiPt:alert(17))",
    "[entity](&#106;avascript:alert(18))",
    "[tab](java\tscript:alert(19))",
    "[data](data:text/html,<script>alert(20)</script>)",
    "[vb](vbscript:msgbox(21))",
    "![image](javascript:alert(22))",
    "<javascript:alert(23)>",
    "[ref link][r]\n\n[r]: javascript:alert(24)",
    "<<script>script>alert(25)<</script>/script>",
    "<scr<script>ipt>alert(26)</scr</script>ipt>",
    "</textarea><script>alert(27)</script>",
    "</title><script>alert(28)</script>",
    '<!--<img src="--><img src=x onerror=alert(29)//">',
    "<style>@import 'javascript:alert(30)';</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(31)">',
    '<form action="javascript:alert(32)"><button>go</button></form>',
    "<details open ontoggle=alert(33)>",
    "<input autofocus onfocus=alert(34)>",
    "'-alert(35)-'\";alert(36)//",
    "{{ 7*7 }}{% debug %}",
]
SHORT = [  # for fields of 30 characters or fewer
    "<svg onload=alert(40)>",
    "<img src=x onerror=alert(41)>",
    "<script>alert(42)</script>",
    '"><svg/onload=alert(43)>',
]
BODY = "\n\n".join(CORPUS)

TRAP = """
window.__xss = 0;
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
"""

# What the DOM may not hold once the page has loaded.
DOM_CHECK = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      const value = (el.getAttribute(attr) || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (attr.startsWith('on')) bad.push(el.tagName + ' ' + attr);
      const urlish = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr);
      if ((urlish && /^(javascript|vbscript|data):/.test(value)) || attr === 'srcdoc') {
        bad.push(el.tagName + ' ' + attr + '=' + value);
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName)) bad.push(el.tagName);
    const text = el.textContent;
    if (el.tagName === 'SCRIPT' && (text.includes('alert') || text.includes('__xss'))) bad.push('SCRIPT');
    const equiv = (el.getAttribute('http-equiv') || '').toLowerCase();
    if (el.tagName === 'META' && equiv === 'refresh') bad.push('META refresh');
  }
  return bad;
}"""


def watched_page(browser_context, **options):
    context = browser_context(**options)
    context.add_init_script(TRAP)
    page = context.new_page()
    page.dialogs = []

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


def nothing_ran(page, path: str, must_show: str) -> list[str]:
    page.goto(path)
    page.wait_for_load_state("load")
    body = page.locator("body")
    body.hover()  # for handlers that wait for the mouse
    page.wait_for_timeout(150)
    problems = [f"{path}: dialog {message!r}" for message in page.dialogs]
    if page.evaluate("window.__xss"):
        problems.append(f"{path}: window.__xss = {page.evaluate('window.__xss')}")
    problems += [f"{path}: CSP violation {v}" for v in page.evaluate("window.__csp")]
    problems += [f"{path}: {what}" for what in page.evaluate(DOM_CHECK)]
    if must_show not in page.content():
        problems.append(f"{path}: the hostile text is not on the page (the test would prove nothing)")
    page.dialogs.clear()
    return problems


def _seed():
    from forum import posting
    from forum.models import Category, Post
    from mylife4me.moderation import queue
    from mylife4me.moderation.models import Standing
    from services_directory import callbacks
    from services_directory.models import Membership, Organization, Service
    from stories.models import Credit, Story

    ContentType.objects.clear_cache()
    for role in Role:
        Group.objects.get_or_create(name=str(role))
    writer = UserFactory(username="xss-writer")
    agreed = {"agreed_rules_at": timezone.now()}
    Standing.objects.update_or_create(user=writer, defaults={"trust_level": 1, **agreed})
    category = Category.objects.create(name="Talk", slug="talk", description="")
    thread = posting.start_thread(writer, category, SHORT[0] + " '\"><img src=x onerror=alert(44)>", BODY)
    thread = thread.post.thread
    replier = UserFactory(username="xss-replier")  # one post a minute each, at level 1
    Standing.objects.update_or_create(user=replier, defaults={"trust_level": 1, **agreed})
    reply = posting.reply(replier, thread, "A reply.\n\n" + BODY).post
    posting.edit(reply, "Edited by a moderator.\n\n" + BODY)  # the moderator's edit text, shown to all

    # A post waiting for a moderator (as a watched word or a report puts it there), with its text.
    held = Post.objects.create(thread=thread, author=writer, body="Held for review.\n\n" + BODY, state="held")
    item = queue.submit(held, reason="watched")

    story = Story.objects.create(
        author=writer,
        title=SHORT[1] + " a story",
        body=BODY,
        stage="early",
        credit=Credit.FIRST_NAME,
        credit_name=SHORT[2],
        state=Story.State.PUBLISHED,
        slug="xss-story",
        published_at=timezone.now(),
    )

    organisation = Organization.objects.create(name=SHORT[3] + " organisation", slug="xss-org")
    service = Service.objects.create(
        organization=organisation,
        name="<script>alert(45)</script> service",
        slug="xss-service",
        description=BODY,
        eligibility_description=BODY,
        how_to_get_referred=BODY,
        accessibility=BODY,
        fees_description=CORPUS[2],
        accepts_callbacks=True,
        last_checked=timezone.localdate(),
    )
    callbacks.request_callback(
        service, name=SHORT[0], phone="+447700900123", best_times=SHORT[1], note=BODY[:1000]
    )
    provider = make_staff(Role.PROVIDER_STAFF)
    Membership.objects.create(organization=organisation, user=provider)
    return {"thread": thread, "story": story, "service": service, "item": item, "provider": provider}


def test_hostile_markup_shown_to_others_never_runs(browser_context):
    seeded = _seed()
    thread_path = seeded["thread"].get_absolute_url()
    problems: list[str] = []
    checked = 0

    public = watched_page(browser_context)
    for path, must_show in [
        ("/forum/", "Talk"),
        (seeded["thread"].category.get_absolute_url(), "onerror"),  # the thread's title
        (thread_path, "vbscript"),
        ("/stories/", "a story"),
        (seeded["story"].get_absolute_url(), "vbscript"),
        ("/services/?q=xss", "service"),
        (f"/services/{seeded['service'].slug}/", "vbscript"),
        ("/search/?q=" + "%3Cscript%3Ealert(46)%3C%2Fscript%3E%22%3E%3Csvg%20onload%3Dalert(47)%3E", "svg"),
        ("/services/?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(48)%3E", "onerror"),
    ]:
        problems += nothing_ran(public, path, must_show)
        checked += 1

    staff = watched_page(browser_context)
    sign_in(staff, seeded["provider"], totp=True)
    problems += nothing_ran(staff, "/provider/", "onload")  # the call-back's name, times and note
    checked += 1

    moderator = watched_page(browser_context)
    sign_in(moderator, make_staff(Role.MODERATOR), totp=True)
    for path in ["/moderation/", f"/moderation/item/{seeded['item'].pk}/"]:
        problems += nothing_ran(moderator, path, "vbscript" if "item" in path else "Held")
        checked += 1

    # The detectors work: a page that does run the payloads (served by the test, not the site) is caught.
    canary = '<p>canary</p><img src=x onerror="alert(1)"><script>window.__xss=1</script>'
    test_page = watched_page(browser_context, service_workers="block")  # the offline guide's worker
    test_page.route("**/xss-canary/", lambda route: route.fulfill(body=canary, content_type="text/html"))
    caught = nothing_ran(test_page, "/xss-canary/", "canary")
    assert any("dialog" in c for c in caught) and any("__xss" in c for c in caught), caught
    assert any("onerror" in c for c in caught), caught

    print(f"\nxss: {len(CORPUS) + len(SHORT) + 5} payloads in 17 fields, {checked} pages opened in Chromium")
    assert not problems, "\n".join(problems[:40])
