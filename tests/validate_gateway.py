"""Validate Gateway files (as JSON) against the Gateway file's JSON Schema (draft 2020-12).

Usage: python validate_gateway.py SCHEMA.json FILE.json [FILE.json ...]

Checks the schema itself first (Draft202012Validator.check_schema), then prints one line per
file: "ok NAME", or "invalid NAME: <path>: <message>" for its first error (the best match).
Exits 0 when the schema is valid, whatever the files; the caller decides per file.
"""

import json
import sys

import jsonschema


def main(schema_path, files):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        error = jsonschema.exceptions.best_match(validator.iter_errors(doc))
        if error is None:
            print(f"ok {path}")
        else:
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"invalid {path}: {where}: {error.message}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
