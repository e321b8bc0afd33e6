"""Clean the values of CMeKG predicates into names and statements.

CMeKG's values were cut out of encyclopedia text by a machine, and it shows:
"恶心、呕吐" is one value, "湿疹等。烦躁" glues two, "与遗传" and "且多发生于夜间"
are pieces of sentences, "偶见皮疹" carries its frequency, "通用名称：X英文名称：Y"
stands where a brand name belongs, and "氧" is what is left of 氢氧化钠. Pages,
search and the drug audit need clean names, so every value passes through here.

Two families of predicates:
- name lists (`NAME_LIST_PREDICATES`: symptoms, causes, exams, departments,
  drugs, adverse reactions, indications, ingredients, aliases …) are split into
  single names and stripped of wording around them; what is left and still is
  not a name (`is_name_fragment`) is dropped;
- statements (`STATEMENT_PREDICATES`, and any predicate not listed: 用法用量,
  注意事项, 禁忌, 性状 …) are kept as the source wrote them, only trimmed, because
  drug text is shown only as the source states it.

Every step is a small `str -> str` or `str -> list[str]` function; a value is
rewritten and split until nothing changes, which makes `clean_values`
idempotent by construction. Pure logic: no Django import.

The modules, each importing only those above it:
- `predicates`: which predicates are name lists, in which family, and which
  are statements;
- `single_chars`: the one-character values that are names on their own;
- `steps`: small folding and trimming steps (width, numbering, headings, notes);
- `wording`: stripping qualifiers, cause wording and doses around a name;
- `splitting`: splitting a value on list marks, shared heads and brackets;
- `fragments`: the rules that tell a name from a fragment;
- `profiles`: how each predicate family is split, rewritten and checked;
- `clean`: `clean_values`, `clean_statement` and `clean_name`, which importers call.
"""
