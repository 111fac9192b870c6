"""Showing enough of an address for staff to tell messages apart, and no more."""


def mask_address(address: str) -> str:
    """p*****@e******.org for an email; *******982 for a phone number; "" once purged."""
    if not address:
        return ""
    if "@" in address:
        local, _, domain = address.partition("@")
        name, dot, tld = domain.rpartition(".")
        return f"{local[:1]}{'*' * 5}@{name[:1]}{'*' * 5}{dot}{tld}"
    return "*" * 7 + address[-3:]
