// gjsonreader reads request bodies the way the gateway's model-router plugin does
// (reference/model-router/main.go: handleJsonBody, extractLastUserMessage,
// matchAutoRoutingRule), for the differential test tests/integration/gjson_fidelity.rs.
//
// Input: JSON lines {"body": base64, "modelKey": "model", "patterns": ["^a", ...]}.
// Output: one JSON line per input:
//
//	{"valid": json.Valid(body),
//	 "model": base64 of gjson.GetBytes(body, modelKey).String(),
//	 "message": base64 of extractLastUserMessage(body) (the plugin's own code),
//	 "found": whether a message with role "user" set it (the same loop, instrumented),
//	 "auto": the plugin auto-routes it (valid and model == "higress/auto"),
//	 "rule": when auto, the index of the first pattern (skipping the empty ones and those
//	         regexp.Compile refuses) whose MatchString matches a non-empty message, or -1}
//
// model, message and found are read only when the body is valid, as the plugin does.
// Build (Debian package golang-github-tidwall-gjson-dev, gjson 1.14.4):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"regexp"

	"github.com/tidwall/gjson"
)

const AutoModelPrefix = "higress/auto"

type request struct {
	Body     string   `json:"body"`
	ModelKey string   `json:"modelKey"`
	Patterns []string `json:"patterns"`
}

type answer struct {
	Valid   bool   `json:"valid"`
	Model   string `json:"model"`
	Message string `json:"message"`
	Found   bool   `json:"found"`
	Auto    bool   `json:"auto"`
	Rule    int    `json:"rule"`
}

// extractLastUserMessage is main.go's, verbatim.
func extractLastUserMessage(body []byte) string {
	messages := gjson.GetBytes(body, "messages")
	if !messages.Exists() || !messages.IsArray() {
		return ""
	}

	var lastUserContent string
	for _, msg := range messages.Array() {
		if msg.Get("role").String() == "user" {
			content := msg.Get("content")
			if content.IsArray() {
				// Handle array content (e.g., multimodal messages with text and images)
				for _, item := range content.Array() {
					if item.Get("type").String() == "text" {
						lastUserContent = item.Get("text").String()
					}
				}
			} else {
				lastUserContent = content.String()
			}
		}
	}
	return lastUserContent
}

// foundUserMessage is the same loop, telling whether any user message set the content.
func foundUserMessage(body []byte) bool {
	messages := gjson.GetBytes(body, "messages")
	if !messages.Exists() || !messages.IsArray() {
		return false
	}
	found := false
	for _, msg := range messages.Array() {
		if msg.Get("role").String() == "user" {
			content := msg.Get("content")
			if content.IsArray() {
				for _, item := range content.Array() {
					if item.Get("type").String() == "text" {
						found = true
					}
				}
			} else {
				found = true
			}
		}
	}
	return found
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<30)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var req request
		if err := json.Unmarshal(in.Bytes(), &req); err != nil {
			fmt.Fprintln(os.Stderr, "bad request line:", err)
			os.Exit(2)
		}
		body, err := base64.StdEncoding.DecodeString(req.Body)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bad base64:", err)
			os.Exit(2)
		}
		modelKey := req.ModelKey
		if modelKey == "" {
			modelKey = "model"
		}
		ans := answer{Rule: -1}
		if json.Valid(body) {
			ans.Valid = true
			model := gjson.GetBytes(body, modelKey).String()
			ans.Model = base64.StdEncoding.EncodeToString([]byte(model))
			message := extractLastUserMessage(body)
			ans.Message = base64.StdEncoding.EncodeToString([]byte(message))
			ans.Found = foundUserMessage(body)
			ans.Auto = model != "" && model == AutoModelPrefix
			if ans.Auto && message != "" {
				for i, p := range req.Patterns {
					if p == "" {
						continue
					}
					re, err := regexp.Compile(p)
					if err != nil {
						continue
					}
					if re.MatchString(message) {
						ans.Rule = i
						break
					}
				}
			}
		}
		line, err := json.Marshal(ans)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		out.Write(line)
		out.WriteString("\n")
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}
