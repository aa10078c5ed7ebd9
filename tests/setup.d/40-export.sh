# shellcheck shell=bash
# Sourced by tests/run.sh: a Python venv with PyPI's jsonschema (the validator) and
# kubernetes-validate (it ships the Kubernetes JSON schemas of ConfigMap, Ingress, Secret…),
# for the export tests' tests/validate_manifests.py. Exports:
#   GET_AI_GATEWAY_TEST_PYTHON    the venv's python, with both packages

GAG_EXPORT_CACHE=${GET_AI_GATEWAY_TEST_CACHE:-$HOME/.cache/get-ai-gateway-tests}
GAG_EXPORT_PINS="jsonschema==4.26.0 kubernetes-validate==1.37.0"
GAG_EXPORT_VENV="$GAG_EXPORT_CACHE/export-venv-$(printf '%s' "$GAG_EXPORT_PINS" | sha256sum | cut -c1-12)"

if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  if declare -F install_packages >/dev/null; then
    install_packages python3-venv
  else
    echo "needs the Debian package python3-venv (run tests/run.sh)" >&2
    return 1
  fi
fi

if ! "$GAG_EXPORT_VENV/bin/python" -c 'import jsonschema, kubernetes_validate' >/dev/null 2>&1; then
  echo "pip install $GAG_EXPORT_PINS (cached in $GAG_EXPORT_VENV)" >&2
  rm -rf "$GAG_EXPORT_VENV"
  python3 -m venv "$GAG_EXPORT_VENV"
  # shellcheck disable=SC2086
  "$GAG_EXPORT_VENV/bin/pip" install --quiet --disable-pip-version-check $GAG_EXPORT_PINS >&2 || return 1
fi

export GET_AI_GATEWAY_TEST_PYTHON="$GAG_EXPORT_VENV/bin/python"
