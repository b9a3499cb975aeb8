"""Policy: modes per category, thresholds, allow-list, trusted admins, dry-run; the Decision."""

from __future__ import annotations

import pytest

from moderation import (
    Action,
    Category,
    Decision,
    Engine,
    Mode,
    ModerationContext,
    Policy,
    moderate,
    redact,
)
from moderation.engine import DETECTOR_ORDER, default_engine

CCCD = "CCCD của em 001203012345"
LOAN = "Vay tiền nhanh, giải ngân trong ngày, lh zalo"


def decide(text: str, policy: Policy | None = None, *, admin: bool = False) -> Decision:
    context = ModerationContext(policy=policy or Policy(), author_is_admin=admin)
    return default_engine().moderate(text, context)


@pytest.mark.parametrize(
    ("modes", "text", "action"),
    [
        ({}, CCCD, Action.HOLD),
        ({"personal_data": "alert"}, CCCD, Action.ALERT),
        ({"personal_data": "off"}, CCCD, Action.ALLOW),
        ({"off_topic": "alert"}, LOAN, Action.ALERT),
        ({"off_topic": "alert"}, f"{LOAN}. {CCCD}", Action.HOLD),
        ({"off_topic": "off", "personal_data": "alert"}, f"{LOAN}. {CCCD}", Action.ALERT),
        ({}, "Chào bà con, mai trời nắng", Action.ALLOW),
    ],
)
def test_when_modes_differ_then_hold_beats_alert_beats_allow(
    modes: dict[str, str], text: str, action: Action
) -> None:
    assert decide(text, Policy.from_dict({"modes": modes})).action is action


def test_when_a_category_is_off_then_its_findings_are_left_out_but_checks_remain() -> None:
    decision = decide(CCCD, Policy(modes={"personal_data": Mode.OFF}))
    assert decision.findings == ()
    assert decision.checks[0].flagged


def test_when_the_threshold_is_raised_then_weaker_findings_no_longer_count() -> None:
    text = "Tài liệu: đây là tin mật nhé"
    assert decide(text).action is Action.HOLD
    strict = Policy.from_dict({"thresholds": {"state_secret": 0.95}})
    assert decide(text, strict).action is Action.ALLOW


def test_when_the_author_is_an_admin_then_the_message_is_allowed_but_findings_stay() -> None:
    decision = decide(CCCD, admin=True)
    assert decision.action is Action.ALLOW
    assert decision.categories == (Category.PERSONAL_DATA,)
    assert decision.findings
    assert any("quản trị viên" in note for note in decision.notes)


def test_when_dry_run_then_the_action_is_computed_and_marked() -> None:
    decision = decide(CCCD, Policy(dry_run=True))
    assert decision.action is Action.HOLD
    assert decision.dry_run is True


def test_when_an_allow_listed_number_is_the_only_finding_then_the_message_passes() -> None:
    policy = Policy.from_dict({"allow_list": ["0692.194.113", "0912 345 678"]})
    decision = decide("Cần hỗ trợ gọi: 0912345678", policy)
    assert decision.action is Action.ALLOW
    assert any("danh sách cho phép" in note for note in decision.notes)


def test_when_every_check_runs_then_they_come_in_the_documented_order() -> None:
    decision = decide("Chào bà con")
    assert tuple(c.name for c in decision.checks) == DETECTOR_ORDER
    assert all(not c.flagged and c.details for c in decision.checks)


def test_when_a_decision_is_stored_then_it_round_trips_through_json() -> None:
    decision = decide(f"{LOAN}. {CCCD}")
    assert Decision.from_dict(decision.to_dict()) == decision


def test_when_findings_are_redacted_then_the_id_is_masked() -> None:
    decision = decide(CCCD)
    masked = redact(CCCD, decision.findings)
    assert "001203012345" not in masked
    assert masked.startswith("CCCD của em ")


def test_when_the_module_function_is_used_then_it_uses_the_cached_engine() -> None:
    assert moderate(CCCD).action is Action.HOLD
    assert isinstance(default_engine(), Engine)
