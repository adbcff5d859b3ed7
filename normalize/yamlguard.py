"""Parsing a rule pack's YAML with its aliases counted before they are expanded ("billion laughs").

An alias makes one YAML node appear many times, and nested aliases multiply: a
pack of a few hundred bytes can stand for billions of values.  The safe loader
shares the aliased objects, so the harm comes later, when the data is walked as a
tree (checked, cached as JSON).  So the composed node graph is measured first,
each shared node counted once per place it appears (without expanding anything),
and a pack whose data would be far larger than its text is refused in one line.
"""

from __future__ import annotations

from typing import Any

import yaml

#: Values a pack may expand to beyond what it spells out once each: generous for packs that reuse a list
#: with an alias, far below what a nested-alias bomb stands for.
EXTRA_VALUES = 200_000


class AliasBomb(ValueError):
    """The pack's aliases expand to more values than it may have."""


def load_yaml(text: str, loader_class: Any) -> Any:
    """``yaml.load(text, loader_class)``, refusing data whose aliases expand past ``EXTRA_VALUES``."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        distinct, expanded = _sizes(node)
        if expanded > distinct + EXTRA_VALUES:
            raise AliasBomb(
                f"its aliases expand to more than {distinct + EXTRA_VALUES:,} values "
                f"(it spells out {distinct:,}); refused"
            )
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _sizes(root: yaml.Node) -> tuple[int, int]:
    """(distinct nodes, nodes once every alias is expanded), computed on the shared graph in linear time."""
    expanded: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in expanded and not children_done:
            continue
        children = _children(node)
        if children_done:
            expanded[key] = 1 + sum(expanded.get(id(child), 1) for child in children)
            continue
        expanded.setdefault(key, 1)  # a recursive alias counts once, not forever
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in expanded)
    return len(expanded), expanded[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []
