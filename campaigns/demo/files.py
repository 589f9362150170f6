"""The demo campaign's content files (see `learning.demo.files`): ``fr/index.yaml`` (the campaign index),
``fr/sweatshops.yaml`` (the campaign: its page, timeline, steps and model policy) and per language
``locale/<lang>/index.po`` and ``sweatshops.po``; ``fr/adoptions.yaml``, the demo's approved adoptions
(organisations' names are not translated)."""

from pathlib import Path

from learning.demo.files import TARGET_LANGUAGES, read_yaml, unit_in_every_language

CAMPAIGNS_CONTENT = Path(__file__).resolve().parent / "content"
CAMPAIGN_KEYS = ["sweatshops"]


def index(content_dir=CAMPAIGNS_CONTENT, languages=TARGET_LANGUAGES):
    """The campaign index page, each text a dict keyed by language (French and `languages`)."""
    return unit_in_every_language(content_dir, "index", read_yaml(content_dir, "index"), languages)


def campaign(key, content_dir=CAMPAIGNS_CONTENT, languages=TARGET_LANGUAGES):
    """Campaign `key`, each text a dict keyed by language (French and `languages`); dates and source
    addresses (`url`) as they are."""
    return unit_in_every_language(content_dir, key, read_yaml(content_dir, key), languages)


def adoptions(content_dir=CAMPAIGNS_CONTENT):
    return read_yaml(content_dir, "adoptions")
