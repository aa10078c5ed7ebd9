"""Validate every object of Kubernetes manifest files against its schema.

Usage: python validate_manifests.py CRDS.yaml MANIFESTS.yaml [MANIFESTS.yaml ...]

Objects of a kind that CRDS.yaml defines (the Higress CRDs) are checked against that
CRD's openAPIV3Schema for their version; the Kubernetes core kinds (ConfigMap,
networking.k8s.io/v1 Ingress, Secret, ...) against the JSON schemas that PyPI's
kubernetes-validate ships, in strict mode (no unknown fields). Prints one line per
apiVersion/kind, "<count> <apiVersion> <kind>", then "ok"; exits 1 on the first object that
does not validate, or of a kind with no schema.
"""

import collections
import sys

import jsonschema
import kubernetes_validate
import yaml

KUBERNETES_VERSION = "1.30.0"


def crd_schemas(path):
    """(apiVersion, kind) -> openAPIV3Schema, for every served version of every CRD."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for crd in yaml.safe_load_all(f):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            for version in spec["versions"]:
                schema = version.get("schema", {}).get("openAPIV3Schema")
                if schema is not None:
                    key = (spec["group"] + "/" + version["name"], spec["names"]["kind"])
                    out[key] = schema
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    crds = crd_schemas(argv[1])
    counts = collections.Counter()
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            docs = [d for d in yaml.safe_load_all(f) if d is not None]
        for doc in docs:
            key = (doc.get("apiVersion", ""), doc.get("kind", ""))
            name = doc.get("metadata", {}).get("name", "?")
            try:
                if key in crds:
                    jsonschema.validate(doc, crds[key])
                else:
                    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
            except kubernetes_validate.SchemaNotFoundError:
                print(f"{path}: {key[0]} {key[1]} {name}: no schema", file=sys.stderr)
                return 1
            except (jsonschema.ValidationError, kubernetes_validate.ValidationError) as e:
                print(f"{path}: {key[0]} {key[1]} {name}: {e}", file=sys.stderr)
                return 1
            counts[key] += 1
    for (api, kind), n in sorted(counts.items()):
        print(f"{n} {api} {kind}")
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
