"""The packages depend one way: extract <- storage <- crawler and jobs side by side, with no import cycle."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("extract", "storage", "crawler", "jobs")
MAY_IMPORT = {"extract": {"extract"}, "storage": {"extract", "storage"},
              "crawler": {"extract", "storage", "crawler"}, "jobs": {"extract", "storage", "jobs"}}


def _imports() -> dict[str, set[str]]:
    """Module name -> the project modules it imports (anywhere in the file, function bodies included)."""
    graph = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found = set()
            for node in ast.walk(ast.parse(path.read_text())):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                found |= {n for n in names if n.split(".")[0] in PACKAGES}
            graph[module] = found
    return graph


def test_each_package_imports_only_the_layers_below_it():
    wrong = sorted((module, target) for module, targets in _imports().items() for target in targets
                   if target.split(".")[0] not in MAY_IMPORT[module.split(".")[0]])
    assert wrong == []


def test_no_module_imports_itself_through_others():
    imports = _imports()
    graph = {m: {t for t in ts if t in imports} for m, ts in imports.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(module, path):
        state[module] = 1
        for target in graph.get(module, ()):
            if state.get(target) == 1:
                cycles.append(path[path.index(target):] + [target] if target in path else [module, target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
