"""The Redis key namespace every use case shares.

Every key the product writes starts with ``PREFIX``; each store adds its own part
(``by:item:...``, ``by:bind:...``, ``by:tip:...``). Kept here, outside the use-case
packages, so bindings, policies, tips and duties name keys without importing each other.
"""

PREFIX = "by:"
