"""The import rule of docs/architecture.md, read from the source with ``ast``.

The checker is tested on a small synthetic tree first, so a rule that silently matches nothing
cannot pass here by accident.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "moderation", "handlers", "workers", "config")

# (importer prefix, forbidden prefix): a module under the first may not import the second.
FORBIDDEN = [
    *(
        ("moderation", banned)
        for banned in ("bot", "handlers", "workers", "redis", "rq", "aiohttp", "aiogram")
    ),
    ("handlers", "bot"),
    ("handlers", "workers"),
    ("handlers.review", "handlers.tips"),
    ("handlers.review", "handlers.duties"),
    ("handlers.tips", "handlers.review"),
    ("handlers.tips", "handlers.duties"),
    *(
        (seam, package)
        for seam in (
            "handlers.ports",
            "handlers.jobs",
            "handlers.metrics",
            "handlers.texts",
            "handlers.keys",
            "handlers.bindings",
        )
        for package in ("handlers.review", "handlers.tips", "handlers.duties")
    ),
]


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(root: Path, path: Path) -> set[str]:
    """Every module ``path`` imports at any depth (function-level imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(root, path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            found.add(stem)
            # ``from handlers import texts`` imports the module handlers.texts.
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the modules it imports; a name imported from one of our modules (a class, a
    function) counts as that module."""
    raw: dict[str, set[str]] = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            raw[module_name(root, path)] = imports_of(root, path)

    def resolve(name: str) -> str:
        probe = name
        while probe and probe not in raw:
            probe = probe.rpartition(".")[0]
        return probe or name

    return {m: {resolve(t) for t in targets} for m, targets in raw.items()}


def under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(edges: dict[str, set[str]], rules=FORBIDDEN) -> list[str]:
    return sorted(
        f"{importer} imports {target}"
        for importer, targets in edges.items()
        for target in targets
        for src, banned in rules
        if under(importer, src) and under(target, banned)
    )


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Import cycles between our own modules (Tarjan's strongly connected components)."""
    own = {m: {t for t in targets if t in edges and t != m} for m, targets in edges.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(own[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(own):
        if node not in index:
            visit(node)
    return found


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    files = {
        "moderation/__init__.py": "",
        "moderation/engine.py": "import redis\nfrom handlers import ports\n",
        "handlers/__init__.py": "",
        "handlers/ports.py": "from handlers.review import flow\n",
        "handlers/review/__init__.py": "",
        "handlers/review/flow.py": "from ..tips import service\nfrom handlers.ports import X\n",
        "handlers/tips/__init__.py": "",
        "handlers/tips/service.py": "def f():\n    from handlers.review.flow import g\n",
        "handlers/duties/__init__.py": "",
        "handlers/duties/report.py": (
            "from handlers.review import flow\nfrom handlers.tips import service\n"
        ),
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_checker_finds_every_broken_rule_in_a_synthetic_tree(synthetic: Path) -> None:
    edges = graph(synthetic, ("moderation", "handlers"))
    assert violations(edges) == [
        "handlers.ports imports handlers.review",
        "handlers.ports imports handlers.review.flow",
        "handlers.review.flow imports handlers.tips",
        "handlers.review.flow imports handlers.tips.service",
        "handlers.tips.service imports handlers.review.flow",
        "moderation.engine imports handlers",
        "moderation.engine imports handlers.ports",
        "moderation.engine imports redis",
    ]
    assert cycles(edges) == [["handlers.ports", "handlers.review.flow", "handlers.tips.service"]]


def test_the_checker_passes_a_tree_that_keeps_the_rule(tmp_path: Path) -> None:
    (tmp_path / "handlers" / "review").mkdir(parents=True)
    (tmp_path / "handlers" / "duties").mkdir(parents=True)
    (tmp_path / "handlers" / "ports.py").write_text("import dataclasses\n")
    (tmp_path / "handlers" / "review" / "flow.py").write_text("from handlers.ports import X\n")
    (tmp_path / "handlers" / "duties" / "x.py").write_text("from handlers.review import flow\n")
    edges = graph(tmp_path, ("handlers",))
    assert violations(edges) == []
    assert cycles(edges) == []


def test_the_code_keeps_the_import_rule() -> None:
    assert violations(graph(ROOT, PACKAGES)) == []


def test_no_module_imports_itself_back() -> None:
    assert cycles(graph(ROOT, PACKAGES)) == []


def test_every_use_case_package_says_what_it_holds_and_may_import() -> None:
    for package in ("handlers", "handlers/review", "handlers/tips", "handlers/duties"):
        doc = ast.get_docstring(ast.parse((ROOT / package / "__init__.py").read_text()))
        assert doc and "import" in doc, package
