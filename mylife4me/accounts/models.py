from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A pseudonymous account: a username, a password and, if the person chooses, an email address.

    Django's first_name and last_name fields are kept empty: the site never asks for a real name.
    """

    email = models.EmailField("email address", blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.username
