"""The layering holds: no import cycle, and the core never reaches for an adapter.

Read from the source with `ast` (nothing is imported), counting every import: at the
top of a module and inside functions alike, since a deferred import only hides a
cycle until the day someone moves it up. `if TYPE_CHECKING:` blocks are not imports
at run time and are left out.

- `bot/` is the core. Only the composition root (`bot/__init__.py`, `bot/app.py`,
  `bot/cli/`) may import `channels/` and `flows/`; no core module imports the root.
- `flows/` never imports `channels/`.
- No module imports itself back through any chain of imports.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

PACKAGES = ("bot", "channels", "flows", "workers")
ROOT_MODULES = ("bot", "bot.app", "bot.cli")  # the composition root (and bot.cli.*)
REPO = Path(__file__).resolve().parent.parent


def module_files(repo: Path) -> dict[str, Path]:
    """Module name -> file, for every module of our packages (migrations aside)."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((repo / package).rglob("*.py")):
            if "migrations" in path.relative_to(repo).parts:
                continue
            parts = list(path.relative_to(repo).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imports_of(name: str, path: Path, modules: Iterable[str]) -> set[str]:
    """The modules of ours that `name` imports, anywhere in its body.

    `from package import thing` counts as importing `package.thing` when that is a
    module, else as importing `package` itself.
    """
    known = set(modules)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    base = f"{anchor}.{base}".strip(".")
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    found.add(full if full in known else base)
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner = getattr(node, field, None)
                if isinstance(inner, list):
                    visit(inner)

    visit(ast.parse(path.read_text(encoding="utf-8"), str(path)).body)
    return {m for m in found if m in known and m != name}


def import_graph(repo: Path) -> dict[str, set[str]]:
    modules = module_files(repo)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path `a -> b -> ... -> a`, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def in_root(module: str) -> bool:
    return module in ROOT_MODULES or module.startswith("bot.cli.")


def layer_breaches(graph: dict[str, set[str]]) -> list[str]:
    """Every import that crosses the layering, as `importer -> imported`."""
    breaches = []
    for module, targets in sorted(graph.items()):
        top = module.split(".")[0]
        for target in sorted(targets):
            to = target.split(".")[0]
            core = top == "bot" and not in_root(module)
            if (core and (to in ("channels", "flows") or in_root(target))) or (
                top == "flows" and to == "channels"
            ):
                breaches.append(f"{module} -> {target}")
    return breaches


def test_there_is_no_import_cycle() -> None:
    cycle = find_cycle(import_graph(REPO))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_core_imports_no_adapter_and_flows_no_channel() -> None:
    assert layer_breaches(import_graph(REPO)) == []


def test_the_checks_catch_a_cycle_and_a_core_module_importing_a_channel(tmp_path: Path) -> None:
    """The two checks above on a small tree that breaks both rules (they can fail)."""
    files = {
        "bot/__init__.py": "",
        "bot/app.py": "from channels import whatsapp\n",  # the root may
        "bot/quotes.py": "def send():\n    from channels.whatsapp import send\n",
        "bot/pricing.py": "from bot import quotes\n",
        "channels/__init__.py": "",
        "channels/whatsapp.py": "from bot.pricing import price\ndef send(): ...\n",
        "flows/__init__.py": "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from channels import whatsapp\n",  # types only: fine
        "workers/__init__.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path)

    cycle = ["channels.whatsapp", "bot.pricing", "bot.quotes", "channels.whatsapp"]
    assert find_cycle(graph) == cycle
    assert layer_breaches(graph) == ["bot.quotes -> channels.whatsapp"]
