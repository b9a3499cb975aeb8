"""Anonymous tips: a resident writes to the bot in private, officers answer in the admin chat,
and nobody on the officers' side learns who wrote.

``service`` (the reporter's side), ``relay`` (to the admin chats and back to the reporter),
``admin`` (officers' commands and buttons on tip cases),
``store`` (cases and their entries), ``identity`` and ``keys`` (the sealed reporter identity and
its key ring; ``python -m handlers.tips.keys``), ``media`` (stripping metadata from photos and
files), ``check`` (the "is this your own ID?" question), ``texts`` and ``setup`` (wiring).

May import the shared seams (``handlers.ports``, ``jobs``, ``metrics``, ``texts``, ``keys``,
``bindings``) and ``moderation``; never ``handlers.review``, ``handlers.duties``, ``bot`` or
``workers``.
"""
