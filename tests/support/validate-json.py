#!/usr/bin/env python3
"""Validates JSON files against a JSON Schema (draft 2020-12, formats checked), for the tests.

Usage: validate-json.py SCHEMA FILE...
Checks the schema itself first (exit 2 when it is not a valid schema), then prints one JSON
object a line per file: {"file": F, "errors": [{"path": "a.b[1].c", "message": M}, ...]},
errors empty when the file is valid. The path is the JSON path of the value the error is at,
written as Tallenne's validators write it ("" for the whole document).
"""

import json
import sys

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import SchemaError


def path_text(path):
    out = ""
    for part in path:
        if isinstance(part, int):
            out += "[%d]" % part
        else:
            out += ("." if out else "") + part
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as e:
        print("not a valid schema: %s" % e.message, file=sys.stderr)
        return 2
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    for name in sys.argv[2:]:
        with open(name, encoding="utf-8") as f:
            document = json.load(f)
        errors = [{"path": path_text(e.absolute_path), "message": e.message}
                  for e in validator.iter_errors(document)]
        print(json.dumps({"file": name, "errors": errors}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
