// yaml11reader reads YAML the way the gateway's file API server does (sigs.k8s.io/yaml's
// YAMLToJSON over gopkg.in/yaml.v2, i.e. YAML 1.1) and prints the JSON it becomes, for the
// differential tests in tests/integration/fidelity.rs.
//
// Usage: yaml11reader [FILE]   (stdin when no FILE)
// Build (Debian packages golang-k8s-sigs-yaml-dev, golang-gopkg-yaml.v2-dev):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build
package main

import (
	"fmt"
	"io"
	"os"

	"sigs.k8s.io/yaml"
)

func main() {
	var content []byte
	var err error
	if len(os.Args) > 1 {
		content, err = os.ReadFile(os.Args[1])
	} else {
		content, err = io.ReadAll(os.Stdin)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	out, err := yaml.YAMLToJSON(content)
	if err != nil {
		fmt.Fprintln(os.Stderr, "yaml:", err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
	os.Stdout.WriteString("\n")
}
