"""Personal data: numbers validated by their structure, other data by patterns near context.

Numbers are found once as runs of digit groups (``0912 345 678``, ``001.203.012.345``,
``+84 (0) 912-345-678``); each run is split into candidates on group boundaries and every
candidate is classified by length, prefix and checks (province code and century digit of a
citizen ID, carrier prefix of a phone) and by the context words around it. Money, dates,
hotlines and document numbers (``07/KH-UBND``) fail those checks or are excluded up front.

Modules: ``rules`` (settings read from the rule data), ``patterns`` (regular expressions and
pure helpers), ``detector`` (``PersonalDataDetector``, the recognizers).
"""

from moderation.detectors.personal_data.detector import PersonalDataDetector
from moderation.detectors.personal_data.rules import PersonalDataRules

__all__ = ["PersonalDataDetector", "PersonalDataRules"]
