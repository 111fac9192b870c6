"""What a writer sees at once when their words suggest they may be in danger."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

# Local 24-hour lines. These are DEMO numbers from Ofcom's drama range: replace them before going live.
LOCAL_LINES = [
    {
        "name": "Birmingham drugs and alcohol support line",
        "number": "0121 496 0000",
        "tel": "01214960000",
        "demo": True,
    },
    {
        "name": "Birmingham mental health crisis line",
        "number": "0121 496 0123",
        "tel": "01214960123",
        "demo": True,
    },
]


def crisis_help(request: HttpRequest, continue_url: str = "") -> HttpResponse:
    return render(
        request, "moderation/crisis_help.html", {"continue_url": continue_url, "local_lines": LOCAL_LINES}
    )
