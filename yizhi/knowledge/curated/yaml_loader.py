"""Read hand-edited YAML strictly: line numbers kept, duplicate keys refused.

An editor's mistake should come back as a sentence with a line number, so
this is PyYAML's safe loader plus the two things it lacks, and the wording of
its syntax errors for editors.
"""

from __future__ import annotations

import yaml


class _Mapping(dict):
    """A YAML mapping that remembers the line it starts on."""

    line = 0


class LineLoader(yaml.SafeLoader):
    """Safe YAML that records lines and refuses duplicate keys.

    PyYAML keeps the last of two equal keys silently; in a hand-edited file that
    is almost always a mistake that would drop a fact without a word.
    """


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode) -> _Mapping:
    loader.flatten_mapping(node)
    mapping = _Mapping()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            duplicate = key in mapping
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "键必须是文字", key_node.start_mark
            ) from None
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"重复的键 {key!r}，删掉其中一个", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def yaml_problem(error: yaml.YAMLError) -> str:
    """Describe a YAML error for an editor: where it is, what, and what to check."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    what = getattr(error, "problem", None) or str(error)
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
    return f"YAML 语法错误（{where}）：{what}；请检查缩进、冒号和引号"
