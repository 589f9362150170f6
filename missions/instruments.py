"""The ILO instruments a country brief's table covers: the ten fundamental conventions and the 2014
Protocol to the Forced Labour Convention, in the ILO's order, with their names in the interface's language.

The codes are the data (stored in each brief's ratification rows, the same in every language); the names
are interface strings, translated in the project's catalogues.
"""

from django.utils.translation import gettext_lazy as _

INSTRUMENTS = {
    "C029": _("Forced Labour Convention, 1930 (No. 29)"),
    "P029": _("Protocol of 2014 to the Forced Labour Convention, 1930"),
    "C087": _("Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)"),
    "C098": _("Right to Organise and Collective Bargaining Convention, 1949 (No. 98)"),
    "C100": _("Equal Remuneration Convention, 1951 (No. 100)"),
    "C105": _("Abolition of Forced Labour Convention, 1957 (No. 105)"),
    "C111": _("Discrimination (Employment and Occupation) Convention, 1958 (No. 111)"),
    "C138": _("Minimum Age Convention, 1973 (No. 138)"),
    "C155": _("Occupational Safety and Health Convention, 1981 (No. 155)"),
    "C182": _("Worst Forms of Child Labour Convention, 1999 (No. 182)"),
    "C187": _("Promotional Framework for Occupational Safety and Health Convention, 2006 (No. 187)"),
}
CHOICES = [(code, code) for code in INSTRUMENTS]


def name_of(code):
    """The instrument's name in the active language (its code if it is not one of ours)."""
    return INSTRUMENTS.get(code, code)


def position_of(code):
    """Where the instrument comes in the table (the ILO's order); an unknown code comes last."""
    codes = list(INSTRUMENTS)
    return codes.index(code) if code in codes else len(codes)
