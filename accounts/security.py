"""Security helpers that keep what the site knows about a visitor to the minimum."""


def no_client_ip(request):
    """django-axes asks for the client's IP address; Solidaire never reads or stores it."""
    return None
