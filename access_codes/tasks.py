"""Celery tasks of the access codes (the beat schedule is in settings)."""

from celery import shared_task

from access_codes import issuing, retention


@shared_task(name="access_codes.auto_issue", ignore_result=True)
def auto_issue(request_id: str) -> str:
    """Issues a code to a request just made, when ACCESS_CODES_AUTO_ISSUE is on (same locks as staff)."""
    if not issuing.auto_issue_on():
        return "off"
    return issuing.issue(request_id, user=None).result.value


@shared_task(name="access_codes.purge_contact_details", ignore_result=True)
def purge_contact_details() -> int:
    return retention.purge_dealt_with()
