#!/usr/bin/env python3
"""How much of an OpenAPI document `apigen import` reaches without approximation.

    Benchmarks/openapi-coverage.py OPENAPI.json WARNINGS.txt

WARNINGS.txt is what `apigen import OPENAPI.json --output SPEC` printed on standard error. An operation counts as
imported without approximation when no warning points into it (its path item and method) nor into any component
it refers to, directly or through other components; a skipped operation's warning points into it too. Prints the
count and share, and the causes (the `[cause]` each warning ends with) by how many operations they touch.
"""
import json
import re
import sys
from collections import Counter, defaultdict


def unescape(token):
    return token.replace("~1", "/").replace("~0", "~")


def refs(value, found):
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            found.add(ref[1:])
        for member in value.values():
            refs(member, found)
    elif isinstance(value, list):
        for member in value:
            refs(member, found)


def main():
    document_path, warnings_path = sys.argv[1:3]
    document = json.load(open(document_path))
    resolve_cache = {}

    def component_of(pointer):
        # "/components/schemas/x/..." -> "/components/schemas/x"
        parts = pointer.split("/")
        return "/".join(parts[:4]) if len(parts) >= 4 and parts[1] == "components" else None

    def target(pointer):
        node = document
        for token in pointer.split("/")[1:]:
            node = node[unescape(token)] if isinstance(node, dict) else node[int(token)]
        return node

    def closure(start):
        seen, pending = set(), list(start)
        while pending:
            pointer = pending.pop()
            component = component_of(pointer) or pointer
            if component in seen:
                continue
            seen.add(component)
            if component not in resolve_cache:
                found = set()
                try:
                    refs(target(component), found)
                except (KeyError, IndexError, ValueError):
                    pass
                resolve_cache[component] = found
            pending.extend(resolve_cache[component])
        return seen

    warned = defaultdict(set)  # pointer prefix (an operation or a component) -> causes
    pattern = re.compile(r"#(/[^:]*): warning: .*\[([^\]]*)\]$")
    for line in open(warnings_path):
        match = pattern.search(line.rstrip("\n"))
        if not match:
            continue
        pointer, cause = match.groups()
        parts = pointer.split("/")
        if len(parts) >= 4 and parts[1] == "paths":
            warned["/".join(parts[:4])].add(cause)
        elif component_of(pointer):
            warned[component_of(pointer)].add(cause)

    if not warned and "nothing was written" not in open(warnings_path).read():
        print(f"warning: no import warnings in {warnings_path}: was the import finished?", file=sys.stderr)
    # Causes that lose documentation only (an example or default that contradicts its own schema is left out).
    documentation_only = {"invalid example in source", "invalid default in source"}
    total, clean, clean_but_documentation, causes, alone = 0, 0, 0, Counter(), Counter()
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    for path, item in document.get("paths", {}).items():
        escaped = path.replace("~", "~0").replace("/", "~1")
        for method, operation in item.items():
            if method not in methods:
                continue
            total += 1
            found = set()
            refs(operation, found)
            refs({k: v for k, v in item.items() if k == "parameters"}, found)
            operation_causes = set(warned.get(f"/paths/{escaped}/{method}", set()))
            for component in closure(found):
                operation_causes |= warned.get(component, set())
            if operation_causes:
                causes.update(operation_causes)
                if len(operation_causes) == 1:
                    alone.update(operation_causes)
            else:
                clean += 1
            if not operation_causes - documentation_only:
                clean_but_documentation += 1
    print(f"operations: {total}; imported without approximation: {clean} ({100.0 * clean / max(total, 1):.1f}%)")
    print(f"  without approximation of the wire (only examples or defaults left out): {clean_but_documentation} "
          f"({100.0 * clean_but_documentation / max(total, 1):.1f}%)")
    # "alone": the operations that would import without approximation if this cause were gone.
    print("causes, by operations they touch (and by those they alone keep from importing without approximation):")
    for cause, count in causes.most_common(30):
        print(f"  {count:5d} {alone[cause]:5d}  {cause}")


if __name__ == "__main__":
    main()
