# ruff: noqa: E501 (demo text reads best one paragraph to a line)
"""Demo recovery stories: illustrative only, made up for demonstrations.

None is a real person's story and none names a real person or place. They describe feelings and steps,
not treatments that work; an editor (and a clinician, where a story touches on treatment) must review or
replace them before the site goes live. Each is marked as a demo on the site.
"""

from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone

from services_directory.models import Substance
from stories import writing
from stories.models import Credit, Stage, Story

# (title, stage, credit, first name, substances, featured, body)
STORIES: list[tuple[str, str, str, str, list[str], bool, str]] = [
    (
        "Demo: The night I typed my question into a search box",
        Stage.THINKING,
        Credit.ANONYMOUS,
        "",
        ["alcohol"],
        True,
        'I never thought of myself as someone with a drinking problem. I went to work, I paid my bills. But I was drinking every night, and more at weekends, and I had started hiding bottles.\n\nOne night at about 2 in the morning I typed "am I drinking too much" into my phone. I did not call anyone. I just read. Reading other people\'s stories was the first time I thought: that sounds like me.\n\nI have not stopped yet. I am cutting down, and I have booked a chat with a support service. It is a small step. If you are reading this at 2 in the morning too, you are not the only one.',
    ),
    (
        "Demo: Thinking about it is a start",
        Stage.THINKING,
        Credit.FIRST_NAME,
        "Jordan",
        ["cannabis"],
        False,
        "For years I told myself cannabis was the thing that kept me calm. Lately it feels like it is the thing that stops me doing anything at all.\n\nI am not ready to say I am stopping. What I have done is write down when I smoke and how I feel the next day. Seeing it on paper was harder than I expected.\n\nI spoke to a worker on the phone last week. They did not tell me off or tell me what to do. They asked what I wanted. I am still working that out, and that is allowed.",
    ),
    (
        "Demo: Walking through the door the first time",
        Stage.TREATMENT,
        Credit.ANONYMOUS,
        "",
        ["heroin", "methadone"],
        True,
        "The hardest part was walking through the door. I stood outside for ages. I thought everyone would look at me and judge me.\n\nNobody did. The person on reception said hello like I was anyone else. My key worker explained what would happen, and said I could ask as many questions as I needed, as many times as I needed.\n\nI am a few months into treatment now. Some days are hard. I have had a lapse, and I told my worker, and we made a plan together. I am still here and still going.\n\nIf you are standing outside a door right now, it is OK to be scared and go in anyway.",
    ),
    (
        "Demo: What my group taught me",
        Stage.TREATMENT,
        Credit.FIRST_NAME,
        "Priya",
        ["alcohol"],
        False,
        "I did not want to go to a group. I thought I would have nothing in common with anyone there.\n\nIn the first session I did not say a word. In the second I said my first name. By the fourth I was talking about things I had never told anyone.\n\nWhat I learned is that the details of our stories are different, but the feelings are the same: shame, fear, and a small bit of hope. Hearing people further along than me made that hope a bit bigger.",
    ),
    (
        "Demo: Telling my worker the truth",
        Stage.TREATMENT,
        Credit.ANONYMOUS,
        "",
        ["crack-cocaine"],
        False,
        "For the first few weeks of treatment I told my worker what I thought they wanted to hear. Then one week I just said it: I had used again, and I felt like a failure.\n\nThey did not give up on me. We talked about what had happened that day and what I could do differently. It changed things, because for the first time the plan was built around the real me.\n\nBeing honest is still hard. But it is easier than pretending.",
    ),
    (
        "Demo: Six months, one day at a time",
        Stage.EARLY,
        Credit.FIRST_NAME,
        "Sam",
        ["cocaine", "alcohol"],
        True,
        "Six months ago I could not imagine a weekend without using. Now I have had twenty-six of them.\n\nThey have not all been good. Some were boring, some were lonely, and one was really hard. What helped was having a plan for the hard times: someone to text, somewhere to go, something to do with my hands.\n\nI have started cooking properly. It sounds small, but making a meal from scratch makes me feel like I am looking after myself. I am proud of that.",
    ),
    (
        "Demo: Learning to sleep again",
        Stage.EARLY,
        Credit.ANONYMOUS,
        "",
        ["benzodiazepines"],
        False,
        "Coming off was slow, and I did it with my doctor, step by step. I will not pretend it was easy. My sleep was the last thing to settle.\n\nWhat helped me was routine: the same bedtime, no phone in bed, a walk in the daytime. Some nights I still lie awake, and I have learned to be kinder to myself about it.\n\nIf you are thinking of stopping, please talk to a doctor or a service first. It is not something to do on your own.",
    ),
    (
        "Demo: Five years on, and giving something back",
        Stage.LONG_TERM,
        Credit.FIRST_NAME,
        "Marcus",
        ["heroin"],
        True,
        "Five years ago I did not think I would see another birthday. Now I volunteer two days a week with people who are where I was.\n\nRecovery did not fix everything. I still have bad days, and I still have to work at it. But I have a home, I have people I trust, and I have a reason to get up in the morning.\n\nWhen someone new tells me they cannot see a way out, I tell them I could not either. Then I tell them what small thing helped me first.",
    ),
    (
        "Demo: Still learning after ten years",
        Stage.LONG_TERM,
        Credit.ANONYMOUS,
        "",
        ["alcohol"],
        False,
        'People sometimes think that after ten years you are "cured" and never think about drink. That has not been my experience.\n\nMost days it does not cross my mind. Some days, like at a wedding or after bad news, it does. The difference now is that I know what to do with the feeling: I call someone, I leave early, I look after myself.\n\nRecovery for me is not a finish line. It is a way of living that I keep choosing.',
    ),
    (
        "Demo: Finding work I care about",
        Stage.LONG_TERM,
        Credit.FIRST_NAME,
        "Lee",
        ["ketamine"],
        False,
        "When I was using I lost my job and I thought no one would ever employ me again.\n\nIn recovery I did a short course, then a volunteering role, then a part-time job. Each step felt scary. Each time someone gave me a chance, I tried to deserve it.\n\nI have been in the same job for three years now. I was honest with my manager about my past, and it was OK. Not everyone will feel able to do that, and that is your choice to make.",
    ),
    (
        "Demo: Loving someone who uses",
        Stage.FAMILY,
        Credit.ANONYMOUS,
        "",
        ["heroin"],
        False,
        "My son has used drugs for a long time. For years I thought if I said the right thing, or did the right thing, he would stop.\n\nA family support group helped me see that I cannot control his choices, but I can look after myself and keep the door open. I still worry every day. But I sleep a bit better, and our phone calls are kinder.\n\nIf someone you love uses drugs or alcohol, you deserve support too.",
    ),
    (
        "Demo: What helped me as a partner",
        Stage.FAMILY,
        Credit.FIRST_NAME,
        "Alex",
        ["alcohol", "cocaine"],
        False,
        "When my partner started treatment, everyone asked how they were doing. Nobody asked how I was.\n\nI was exhausted and angry and scared, and I felt guilty for feeling that way. Talking to other partners in a group helped me say those things out loud without anyone judging me.\n\nWe are still together. Some days are hard. But I have my own support now, and that has made me stronger for both of us.",
    ),
]


def load_stories(say: Callable[[str], None]) -> None:
    """Creates the demo stories once (matched by title; safe to run again)."""
    substances = {substance.slug: substance for substance in Substance.objects.all()}
    now = timezone.now()
    made = 0
    for number, (title, stage, credit, name, slugs, featured, body) in enumerate(STORIES):
        story = Story.objects.filter(title=title, demo=True).first()
        if story is None:
            published = now - timedelta(days=3 * number + 1)
            story = Story(
                title=title,
                body=body,
                stage=stage,
                credit=credit,
                credit_name=name,
                featured=featured,
                demo=True,
                state=Story.State.PUBLISHED,
                created_at=published,
                updated_at=published,
                submitted_at=published,
                published_at=published,
                announced_at=published,  # demo stories never alert anyone
            )
            story.slug = writing.unique_slug(story)
            story.save()
            made += 1
        story.substances.set([substances[slug] for slug in slugs if slug in substances])
    say(
        f"Stories: {made} new demo stories ({len(STORIES)} in all; for an editor to review before going live)"
    )
