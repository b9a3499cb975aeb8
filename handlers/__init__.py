"""The use cases of Bình Yên, one package per use case, over shared seams.

- ``review/``: a group message is moderated (``flow``), held for the admins (``store``, with
  ``items`` and ``audit``), carded (``cards``) and decided on a card or by command
  (``service``, ``admin``, ``group_admin``); per-group ``policies``.
- ``tips/``: anonymous tips by private message: the reporter's side (``service``), the officers'
  side (``relay``: forwarding and replies; ``admin``: their commands and buttons), reporter
  identity and its keys (``identity``, ``keys``), media stripping (``media``), the "your own
  ID?" check (``check``), the case store (``store``) and the texts.
- ``duties/``: what runs on a clock in a worker: reconcile, reminders, purge, reports.

Shared seams every package may import: ``ports`` (the channel interface and the value types),
``jobs`` (the job queue port), ``metrics``, ``texts`` (shared Vietnamese texts and helpers),
``keys`` (the Redis key namespace), ``bindings`` (which admin chat reviews which group) and
``router`` (the entry point that sends an incoming message or button press to a use case).

Import rule (checked by ``tests/unit/test_architecture.py``, explained in
``docs/architecture.md``): nothing under ``handlers`` imports ``bot`` or ``workers``; ``review``
and ``tips`` do not import each other; ``duties`` may import both; the seams import no use-case
package, except ``router``, which dispatches to them.
"""
