"""A tiny stand-in for the moderation engine: flags 12-digit numbers (a CCCD) as personal data.

It honours the policy as the real engine does (the category's mode, dry-run, admins' messages
only reported), so tests of the channel and of the admin commands do not depend on the rules.
"""

from __future__ import annotations

import re

from moderation import (
    Action,
    Category,
    CheckResult,
    Decision,
    Finding,
    Mode,
    ModerationContext,
)

CCCD = re.compile(r"(?<!\d)\d{12}(?!\d)")


class FakeEngine:
    def warm_up(self) -> None:
        return None

    def moderate(self, text: str, context: ModerationContext | None = None) -> Decision:
        context = context or ModerationContext()
        mode = context.policy.mode(Category.PERSONAL_DATA.value)
        findings = tuple(
            Finding(
                detector="fake_cccd",
                category=Category.PERSONAL_DATA,
                label="Số CCCD",
                start=m.start(),
                end=m.end(),
                score=0.95,
                reason="12 chữ số liền nhau như số căn cước",
                text=m.group(),
            )
            for m in CCCD.finditer(text)
        )
        check = CheckResult("fake_cccd", bool(findings), findings, "số CCCD" if findings else "")
        if not findings or mode is Mode.OFF:
            return Decision(action=Action.ALLOW, checks=(check,), dry_run=context.policy.dry_run)
        action = Action.HOLD if mode is Mode.HOLD else Action.ALERT
        if context.author_is_admin:
            action = Action.ALLOW
        return Decision(
            action=action,
            categories=(Category.PERSONAL_DATA,),
            findings=findings,
            checks=(check,),
            dry_run=context.policy.dry_run,
        )
