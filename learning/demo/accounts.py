"""Demo accounts for development: one per kind of user. Their passwords are public (README)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_PASSWORD = "solidaire-demo"  # noqa: S105 - development only, listed in the README
DEMO_ACCOUNTS = [
    {"username": "admin", "password": DEMO_PASSWORD, "role": "superuser", "group": None},
    {"username": "editrice", "password": DEMO_PASSWORD, "role": "editor", "group": "Editors"},
    {
        "username": "comite",
        "password": DEMO_PASSWORD,
        "role": "pedagogical committee (approves)",
        "group": "Pedagogical committee",
    },
    {"username": "animatrice", "password": DEMO_PASSWORD, "role": "facilitator", "group": "Facilitators"},
    {"username": "apprenant", "password": DEMO_PASSWORD, "role": "learner", "group": None},
]


def create_demo_accounts():
    """Create the demo accounts that do not exist yet; leave existing ones untouched."""
    User = get_user_model()
    for account in DEMO_ACCOUNTS:
        if User.objects.filter(username=account["username"]).exists():
            continue
        is_admin = account["role"] == "superuser"
        user = User.objects.create_user(
            username=account["username"],
            password=account["password"],
            is_staff=is_admin,
            is_superuser=is_admin,
        )
        if account["group"]:
            user.groups.add(Group.objects.get(name=account["group"]))
