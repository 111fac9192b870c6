from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest

from mylife4me.core.clients import client_key


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        # allauth keys its rate limits by this value; a keyed hash keeps raw addresses out of the cache.
        return client_key(request, "allauth")
