# ruff: noqa: E501 (demo text reads best one post to a line)
"""Demo forum content: the six categories, kind and clearly-demo threads, watched words and a moderator rota.

Everything here is made up for demonstrations. The posts share experience and point to services; none
gives medical advice.
"""

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from forum import counters
from forum.models import Category, Post, Thread
from forum.posting import unique_slug
from mylife4me.accounts.roles import Role
from mylife4me.accounts.totp import activate_totp, demo_secret
from mylife4me.alerts import set_contact
from mylife4me.moderation.models import OnCallShift, Standing, WatchedWord

CATEGORIES = [
    ("just-starting-out", "Just starting out", "Thinking about change, or taking the first steps."),
    ("staying-in-recovery", "Staying in recovery", "Keeping going, slips and what helps."),
    ("alcohol", "Alcohol", "Cutting down, stopping, and life after."),
    (
        "family-and-friends",
        "Family and friends",
        "For people who care about someone who uses drugs or alcohol.",
    ),
    ("housing-and-money", "Housing and money", "Somewhere to live, benefits, debt and work."),
    (
        "introduce-yourself",
        "Introduce yourself",
        "Say hello. You do not have to share more than you want to.",
    ),
]

DEMO_PEOPLE = ["demo-sky", "demo-river", "demo-maple", "demo-harbour", "demo-wren", "demo-orbit"]

WATCHED_WORDS = [
    ("kill myself", "crisis", ""),
    ("end it all", "crisis", ""),
    ("suicid*", "crisis", ""),
    ("overdos* on purpose", "crisis", ""),
    ("hurt myself", "crisis", ""),
    ("self harm*", "crisis", ""),
    ("want to die", "crisis", ""),
    ("for sale", "block", "Please do not buy, sell or swap anything here. It keeps everyone safe."),
    (
        "dm me",
        "block",
        "There are no private messages here, to keep everyone safe. Please keep talking in the thread.",
    ),
    ("how much should i take", "hold", ""),
]

# (category, title, [(writer, text), ...]): every thread is clearly marked as demo content.
THREADS = [
    (
        "just-starting-out",
        "Demo: I think I need to cut down but I don't know where to start",
        [
            (
                "demo-sky",
                "This is a demo post. I've been using most weekends and it's started spilling into the week. I don't want to stop everything at once but I want to feel more in control. Where did you all start?",
            ),
            (
                "demo-river",
                "Demo reply. Writing down when and why I used helped me see the pattern. It was mostly when I was bored or lonely. A worker at a local service helped me make a plan, and it was free.",
            ),
            (
                "demo-maple",
                "Demo reply. Just asking the question is a big step. The *Find support* pages list services in Birmingham you can call or walk into.",
            ),
        ],
    ),
    (
        "just-starting-out",
        "Demo: Scared to phone a service",
        [
            (
                "demo-wren",
                "Demo post. I've had the number for weeks and keep putting the phone down. What actually happens when you call?",
            ),
            (
                "demo-harbour",
                "Demo reply. When I called they asked my first name and a bit about what was going on. Nobody judged me. They booked me in for a chat the next week. You can say you're nervous; they hear it a lot.",
            ),
            ("demo-wren", "Demo reply. Thank you. I'm going to try tomorrow morning."),
        ],
    ),
    (
        "just-starting-out",
        "Demo: Does anyone else feel ashamed?",
        [
            ("demo-orbit", "Demo post. I feel like everyone would think less of me if they knew."),
            (
                "demo-sky",
                "Demo reply. I felt that too. What helped was meeting other people in recovery and seeing they were just people, like me. You're not a bad person for struggling.",
            ),
        ],
    ),
    (
        "just-starting-out",
        "Demo: First week of trying",
        [
            (
                "demo-maple",
                "Demo post. Day five. Sleep is all over the place and I'm tired, but I'm proud of myself.",
            ),
            (
                "demo-river",
                "Demo reply. Five days is five days. If anything feels physically wrong, talk to your GP or pharmacist, they can check you're ok.",
            ),
        ],
    ),
    (
        "staying-in-recovery",
        "Demo: What do you do on a Friday night now?",
        [
            (
                "demo-harbour",
                "Demo post. Fridays used to be the big night. Now I don't know what to do with myself. Ideas welcome!",
            ),
            ("demo-orbit", "Demo reply. Five-a-side and a takeaway. Sounds small but it filled the gap."),
            ("demo-wren", "Demo reply. I go to a mutual aid meeting then cinema with a friend from there."),
            (
                "demo-sky",
                "Demo reply. Cooking something new every Friday. My flatmate is very happy about it.",
            ),
        ],
    ),
    (
        "staying-in-recovery",
        "Demo: I slipped after 4 months",
        [
            (
                "demo-river",
                "Demo post. I used at the weekend after four months. I feel like I've thrown it all away.",
            ),
            (
                "demo-maple",
                "Demo reply. You haven't thrown away four months. A slip is something to learn from, not the end. Could you tell your key worker? Mine helped me work out what led up to it.",
            ),
            (
                "demo-harbour",
                "Demo reply. Be kind to yourself today. If you've used after a break, your tolerance is lower, so please be careful and don't use alone.",
            ),
            ("demo-river", "Demo reply. Thank you all. I've booked to see my worker on Tuesday."),
        ],
    ),
    (
        "staying-in-recovery",
        "Demo: One year today",
        [
            (
                "demo-orbit",
                "Demo post. A year ago I couldn't imagine this. Thank you to everyone here who kept replying at 3 in the morning.",
            ),
            ("demo-sky", "Demo reply. Congratulations! That's brilliant."),
            ("demo-wren", "Demo reply. So happy for you. Posts like this keep me going."),
        ],
    ),
    (
        "staying-in-recovery",
        "Demo: Dealing with cravings at night",
        [
            ("demo-wren", "Demo post. Evenings are the hardest. How do you get through them?"),
            (
                "demo-harbour",
                "Demo reply. I remind myself a craving is like a wave: it builds and then it passes. I make a hot drink and message someone from my group.",
            ),
            (
                "demo-maple",
                "Demo reply. Samaritans are there all night on 116 123 if it gets too much, just to talk.",
            ),
        ],
    ),
    (
        "alcohol",
        "Demo: Cutting down on drinking at home",
        [
            (
                "demo-sky",
                "Demo post. Since working from home, a bottle of wine a night has become normal. Anyone else?",
            ),
            (
                "demo-orbit",
                "Demo reply. Same here. I started by not buying it with the weekly shop. If you drink every day, it's worth talking to your GP before stopping suddenly.",
            ),
        ],
    ),
    (
        "alcohol",
        "Demo: Alcohol-free drinks that actually taste nice?",
        [
            ("demo-river", "Demo post. Looking for ideas for a wedding next month."),
            (
                "demo-harbour",
                "Demo reply. Ginger beer with lime in a nice glass. Nobody asked me a single question.",
            ),
            ("demo-wren", "Demo reply. Having a drink in my hand made me feel less on show."),
        ],
    ),
    (
        "alcohol",
        "Demo: Telling friends I've stopped",
        [
            ("demo-maple", "Demo post. My friends all meet in the pub. How do I tell them?"),
            (
                "demo-sky",
                "Demo reply. I just said 'I'm not drinking at the moment'. The good friends were fine with it.",
            ),
        ],
    ),
    (
        "alcohol",
        "Demo: Sleeping better three weeks in",
        [
            ("demo-orbit", "Demo post. Didn't expect this, but I'm sleeping so much better."),
            ("demo-river", "Demo reply. Same! And my mornings are mine again."),
        ],
    ),
    (
        "family-and-friends",
        "Demo: My son is using and won't talk to me",
        [
            (
                "demo-harbour",
                "Demo post. My 19-year-old has changed so much. Every time I bring it up he walks out.",
            ),
            (
                "demo-maple",
                "Demo reply. I've been there with my daughter. A family support group helped me more than I can say. I learned to look after myself too.",
            ),
            (
                "demo-wren",
                "Demo reply. The Find support pages have services for families. You don't have to do this alone.",
            ),
        ],
    ),
    (
        "family-and-friends",
        "Demo: How do I support my partner in early recovery?",
        [
            (
                "demo-river",
                "Demo post. My partner is three weeks into treatment. I want to help but don't want to smother them.",
            ),
            (
                "demo-sky",
                "Demo reply. Asking them what helps is a great start. My partner said just noticing the good days meant a lot.",
            ),
        ],
    ),
    (
        "family-and-friends",
        "Demo: Feeling angry and guilty at the same time",
        [
            (
                "demo-wren",
                "Demo post. My mum drinks and I'm angry with her, then I feel guilty for being angry.",
            ),
            (
                "demo-orbit",
                "Demo reply. Both feelings make sense. Talking to someone outside the family really helped me.",
            ),
        ],
    ),
    (
        "family-and-friends",
        "Demo: Naloxone for families",
        [
            ("demo-maple", "Demo post. Someone mentioned families can carry naloxone. Is that right?"),
            (
                "demo-harbour",
                "Demo reply. Ask a local drug service or pharmacy: they can explain naloxone and train you. The safety page on this site says what to do in an overdose. Always call 999 too.",
            ),
        ],
    ),
    (
        "housing-and-money",
        "Demo: Worried about losing my flat",
        [
            ("demo-orbit", "Demo post. I'm behind on rent because of using. I'm scared to open my post."),
            (
                "demo-river",
                "Demo reply. Contact the council's housing advice team early, before it gets to court. A debt advice charity helped me make a plan with my landlord.",
            ),
        ],
    ),
    (
        "housing-and-money",
        "Demo: Going back to work after treatment",
        [
            ("demo-sky", "Demo post. Has anyone gone back to work after time out? Do I have to tell them?"),
            (
                "demo-maple",
                "Demo reply. An employment support worker at my service helped me think about what to say. Start slowly if you can.",
            ),
        ],
    ),
    (
        "housing-and-money",
        "Demo: Budgeting now the money isn't going on drink",
        [
            (
                "demo-harbour",
                "Demo post. I've got money left at the end of the month for the first time in years!",
            ),
            ("demo-wren", "Demo reply. That's brilliant. I put a bit aside each week for something nice."),
        ],
    ),
    (
        "introduce-yourself",
        "Demo: Hello from Erdington",
        [
            (
                "demo-wren",
                "Demo post. Hi all. Been reading for months, first time posting. Two months alcohol-free.",
            ),
            ("demo-sky", "Demo reply. Welcome! Glad you posted."),
            ("demo-orbit", "Demo reply. Welcome. Two months is great."),
        ],
    ),
    (
        "introduce-yourself",
        "Demo: New here, a bit nervous",
        [
            (
                "demo-river",
                "Demo post. Hello. I care about someone who uses drugs and I don't know anyone else in the same boat.",
            ),
            ("demo-harbour", "Demo reply. Welcome. The Family and friends topic is really supportive."),
        ],
    ),
    (
        "introduce-yourself",
        "Demo: Hi, I'm in recovery and want to give back",
        [
            (
                "demo-maple",
                "Demo post. Three years in recovery. I remember how much this forum helped me, so I'm back to help others.",
            ),
            ("demo-river", "Demo reply. Thank you. It means a lot to hear from people further along."),
        ],
    ),
]


def load_categories() -> dict[str, Category]:
    found = {}
    for position, (slug, name, description) in enumerate(CATEGORIES):
        category, _ = Category.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
        found[slug] = category
    return found


def _demo_people() -> dict:
    User = get_user_model()
    people = {}
    joined = timezone.now() - timedelta(days=120)
    for username in DEMO_PEOPLE:
        person, created = User.objects.get_or_create(username=username, defaults={"date_joined": joined})
        if created:
            person.set_unusable_password()
            person.save()
        Standing.objects.update_or_create(
            user=person, defaults={"trust_level": 1, "approved_count": 5, "agreed_rules_at": joined}
        )
        people[username] = person
    return people


def load_threads(categories: dict[str, Category]) -> int:
    people = _demo_people()
    start = timezone.now() - timedelta(days=len(THREADS) * 2)
    made = 0
    for number, (slug, title, posts) in enumerate(THREADS):
        if Thread.objects.filter(title=title).exists():
            continue
        when = start + timedelta(days=number * 2)
        thread = Thread.objects.create(
            category=categories[slug],
            title=title,
            slug=unique_slug(title),
            author=people[posts[0][0]],
            visible=True,
            created_at=when,
            last_post_at=when,
        )
        for index, (writer, text) in enumerate(posts):
            Post.objects.create(
                thread=thread,
                author=people[writer],
                body=text,
                is_first=index == 0,
                links_allowed=True,
                created_at=when + timedelta(hours=index * 3),
            )
        counters.refresh_thread(thread)
        made += 1
    return made


def load_rota(say: Callable[[str], None]) -> None:
    """demo-moderator is first on call; demo-moderator-2 is next; demo-admin is the staff lead."""
    User = get_user_model()
    first = User.objects.filter(username="demo-moderator").first()
    if first is None:
        say("Forum: no demo-moderator account, so no rota")
        return
    second, created = User.objects.get_or_create(username="demo-moderator-2")
    if created:
        from mylife4me.accounts.demo import DEMO_PASSWORD

        second.set_password(DEMO_PASSWORD)
        second.save()
        second.groups.add(Group.objects.get(name=str(Role.MODERATOR)))
        activate_totp(second, demo_secret(second.username))
    lead = User.objects.filter(username="demo-admin").first()
    set_contact(first, phone="07700 900001")
    set_contact(second, phone="07700 900002")
    now = timezone.now()
    start, end = now - timedelta(hours=1), now + timedelta(days=30)
    OnCallShift.objects.filter(
        moderator__username__in=["demo-moderator", "demo-moderator-2", "demo-admin"]
    ).delete()
    OnCallShift.objects.create(moderator=first, starts_at=start, ends_at=end, position=1)
    OnCallShift.objects.create(moderator=second, starts_at=start, ends_at=end, position=2)
    if lead is not None:
        set_contact(lead, phone="07700 900003")
        OnCallShift.objects.create(
            moderator=lead, starts_at=start, ends_at=end, position=3, is_staff_lead=True
        )
    say(
        "Forum: rota for 30 days: demo-moderator (07700 900001) first, demo-moderator-2 (07700 900002) next, "
        f"demo-admin staff lead. demo-moderator-2 TOTP secret {demo_secret('demo-moderator-2')}"
    )


def load_forum(say: Callable[[str], None]) -> None:
    categories = load_categories()
    for pattern, action, message in WATCHED_WORDS:
        WatchedWord.objects.update_or_create(pattern=pattern, defaults={"action": action, "message": message})
    made = load_threads(categories)
    say(f"Forum: {len(CATEGORIES)} categories, {made} new demo threads, {len(WATCHED_WORDS)} watched words")
    load_rota(say)
