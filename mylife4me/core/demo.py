"""Each app registers how to load its demo content; `manage.py load_demo` runs them all, in order."""

from collections.abc import Callable
from dataclasses import dataclass

DemoLoader = Callable[[Callable[[str], None]], None]


@dataclass(frozen=True)
class _Registered:
    name: str
    loader: DemoLoader
    order: int


_loaders: dict[str, _Registered] = {}


def register_demo_loader(name: str, loader: DemoLoader, order: int = 50) -> None:
    """The loader gets a function that prints a line for the person running the command."""
    _loaders[name] = _Registered(name, loader, order)


def demo_loaders() -> list[tuple[str, DemoLoader]]:
    return [(item.name, item.loader) for item in sorted(_loaders.values(), key=lambda r: (r.order, r.name))]
