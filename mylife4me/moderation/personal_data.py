"""What moderation holds about a person, for their data download.

Moderators' private notes and the action log are left out: they are safeguarding records, kept for the
protection of the community, and a person may ask the data controller for them.
"""

from mylife4me.moderation.models import Flag, Standing


def export_standing(user) -> dict:
    standing = Standing.objects.filter(user=user).first()
    return {
        "trust_level": standing.trust_level if standing else 0,
        "agreed_to_community_rules": standing.agreed_rules_at.isoformat()
        if standing and standing.agreed_rules_at
        else None,
        "silenced_until": standing.silenced_until.isoformat()
        if standing and standing.silenced_until
        else None,
        "suspended_until": standing.suspended_until.isoformat()
        if standing and standing.suspended_until
        else None,
        "posts_you_flagged": Flag.objects.filter(flagger=user).count(),
    }
