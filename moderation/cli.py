"""Command line: ``python -m moderation check|eval``.

* ``check "text"`` prints the decision for a person to read.
* ``check --jsonl`` reads ``{"id", "text"}`` lines on stdin and writes
  ``{"id", "action", "categories", "findings"}`` lines; spans are offsets into the original text.
* ``eval FILE.jsonl`` reads lines with ``text`` and ``labels`` and prints precision, recall and
  F1 per category, the false-positive rate on lines that should pass, misses and false alarms.

A bad input line is reported on stderr with its number, the run goes on, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from moderation.engine import Engine
from moderation.evaluation import BadLine, Report, evaluate, parse_line
from moderation.rules import RuleError
from moderation.types import Decision, ModerationContext, Policy

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m moderation", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--rules", type=Path, help="rules folder (default: config/rules)")
    parser.add_argument("--policy", type=Path, help="policy JSON (modes, thresholds, allow_list)")
    parser.add_argument(
        "--allow", action="append", default=[], help="allow-list entry (repeatable)"
    )
    parser.add_argument("--admin", action="store_true", help="treat the author as an admin")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="moderate one text, or JSONL lines on stdin")
    check.add_argument("text", nargs="?", help="the message text")
    check.add_argument("--jsonl", action="store_true", help="read {id, text} lines on stdin")
    check.add_argument("--json", action="store_true", help="print the full decision as JSON")
    ev = sub.add_parser("eval", help="score the engine on a labelled JSONL file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--limit", type=int, default=50, help="list at most this many misses/alarms")
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    args = _parser().parse_args(argv)
    out = sys.stdout
    if isinstance(out, io.TextIOWrapper):
        out.reconfigure(errors="backslashreplace")
    try:
        engine = Engine.load(args.rules)
        policy = _policy(args)
    except (RuleError, ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    context = ModerationContext(policy=policy, author_is_admin=args.admin)
    if args.command == "check":
        if args.jsonl:
            return _check_jsonl(engine, context, stdin or _stdin(), out)
        if args.text is None:
            print("error: give a text, or --jsonl to read stdin", file=sys.stderr)
            return EXIT_USAGE
        decision = engine.moderate(args.text, context)
        if args.json:
            print(json.dumps(decision.to_dict(), ensure_ascii=False, indent=2), file=out)
        else:
            print(describe(args.text, decision), file=out)
        return EXIT_OK
    try:
        handle = args.file.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    engine.warm_up()
    with handle:
        report = evaluate(engine, handle, context)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(format_report(report, limit=args.limit), file=out)
    return EXIT_BAD_INPUT if report.errors else EXIT_OK


def _stdin() -> TextIO:
    stream = sys.stdin
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")
    return stream


def _policy(args: argparse.Namespace) -> Policy:
    data: dict = {}
    if args.policy is not None:
        data = json.loads(args.policy.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{args.policy}: expected a JSON object")
    if args.allow:
        data["allow_list"] = [*data.get("allow_list", []), *args.allow]
    return Policy.from_dict(data)


def _check_jsonl(engine: Engine, context: ModerationContext, stdin: TextIO, out: TextIO) -> int:
    failed = False
    for number, line in enumerate(stdin, start=1):
        try:
            example = parse_line(number, line, need_labels=False)
        except BadLine as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed = True
            continue
        if example is None:
            continue
        decision = engine.moderate(example.text, context)
        record = {
            "id": json.loads(line).get("id", number),
            "action": str(decision.action),
            "categories": [str(c) for c in decision.categories],
            "findings": [f.to_dict() for f in decision.findings],
        }
        print(json.dumps(record, ensure_ascii=False), file=out, flush=False)
    out.flush()
    return EXIT_BAD_INPUT if failed else EXIT_OK


def describe(text: str, decision: Decision) -> str:
    """A decision as a person reads it: verdict, then each finding, then every check."""
    verdict = {"allow": "CHO QUA", "hold": "GIỮ LẠI để duyệt", "alert": "BÁO quản trị viên"}
    lines = [f"Kết quả: {verdict[str(decision.action)]} ({decision.action})"]
    if decision.dry_run:
        lines.append("(chạy thử: chỉ báo cáo, không xử lý)")
    if decision.categories:
        lines.append("Loại vi phạm: " + ", ".join(str(c) for c in decision.categories))
    for finding in decision.findings:
        lines.append(
            f"  - [{finding.category}/{finding.label}] {finding.score:.2f} "
            f"«{finding.text}» ký tự {finding.start}-{finding.end}: {finding.reason}"
        )
    lines.append("Các bước kiểm tra:")
    for check in decision.checks:
        mark = "!" if check.flagged else "·"
        lines.append(f"  {mark} {check.name}: {check.details}")
    lines.extend(f"Ghi chú: {note}" for note in decision.notes)
    return "\n".join(lines)


def format_report(report: Report, *, limit: int = 50) -> str:
    header = ("category", "precision", "recall", "f1", "tp", "fp", "fn")
    lines = ["{:<15} {:>9} {:>7} {:>6} {:>5} {:>4} {:>4}".format(*header)]
    for s in report.scores:
        lines.append(
            f"{s.category:<15} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} "
            f"{s.tp:>5} {s.fp:>4} {s.fn:>4}"
        )
    lines.append(
        f"false-positive rate on messages that should pass: {report.false_positive_rate:.2%} "
        f"({report.clean_flagged}/{report.clean_total})"
    )
    lines.append(f"messages: {len(report.outcomes)}, bad lines: {len(report.errors)}")
    misses = report.misses()
    lines.append(f"\nmisses ({len(misses)}):")
    for outcome, category in misses[:limit]:
        lines.append(f"  {outcome.example.id} [{category}] {_short(outcome.example.text)}")
    alarms = report.false_alarms()
    lines.append(f"\nfalse alarms ({len(alarms)}):")
    for outcome, category in alarms[:limit]:
        why = "; ".join(
            f"{f.label} {f.score:.2f} «{_short(f.text, 30)}»"
            for f in outcome.decision.findings
            if str(f.category) == category
        )
        text = _short(outcome.example.text)
        lines.append(f"  {outcome.example.id} [{category}] {text} -> {why}")
    return "\n".join(lines)


def _short(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"
