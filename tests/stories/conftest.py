import pytest
from django.contrib.contenttypes.models import ContentType


@pytest.fixture(autouse=True)
def _fresh_content_types():
    """A transactional test elsewhere may flush and re-create content types with new ids."""
    ContentType.objects.clear_cache()
    yield
