"""Group moderation and review: a group message is checked, a flagged one is held and carded,
admins decide on the card or by command, and the decision is applied in the group.

``flow`` (moderate one message), ``store`` (held items in Redis), ``items`` (the held item and
its encoding), ``audit`` (the audit stream), ``cards`` (what a card says, its buttons, "Vì
sao?"), ``service`` (posting cards, decisions, carrying them out), ``admin`` (text commands in
the admin chat), ``group_admin`` (binding groups, titles, policy commands), ``policies``
(per-group mode and dry-run).

May import the shared seams (``handlers.ports``, ``jobs``, ``metrics``, ``texts``, ``keys``,
``bindings``) and ``moderation``; never ``handlers.tips``, ``handlers.duties``, ``bot`` or
``workers``.
"""
