"""The periodic duties a worker runs on a clock: reconcile held items whose delete or card did
not land, remind admins of undecided items, purge what has outlived its retention, and make the
periodic reports.

May import the use-case packages (``handlers.review``, ``handlers.tips``) and the shared seams;
never ``bot`` or ``workers`` (the worker calls in here, not the other way).
"""
