"""`{{ text|markdown }}`, `{{ text|markdown:"h3" }}`, `{{ text|markdown:"h3,nolinks" }}`."""

from django import template
from django.utils.safestring import SafeString

from mylife4me.core.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text: str | None, options: str = "") -> SafeString:
    flags = {flag.strip() for flag in options.split(",") if flag.strip()}
    top_heading = next((int(flag[1]) for flag in flags if flag in {"h2", "h3", "h4"}), 2)
    return render_markdown(text, allow_links="nolinks" not in flags, top_heading=top_heading)
