// gjsonreader reads request bodies the way the gateway's model-router plugin does
// (its JSON body handling, last-user-message extraction and rule matching, in
// shared/reference/model-router/main.go), written here in our own code, for the
// differential test tests/integration/gjson_fidelity.rs.
//
// Input: JSON lines {"body": base64, "modelKey": "model", "patterns": ["^a", ...]}.
// Output: one JSON line per input:
//
//	{"valid": json.Valid(body),
//	 "model": base64 of gjson.GetBytes(body, modelKey).String(),
//	 "message": base64 of the last user message's text, as the plugin extracts it,
//	 "found": whether a message with role "user" gave that text,
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

// The model name that asks the plugin to route.
const autoModel = "higress/auto"

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

// lastUserText reads "messages" as the plugin does: for each element whose role is "user",
// an array content gives the text of its last part typed "text", and any other content its
// gjson String(); the last value taken wins. found says whether any value was taken.
func lastUserText(body []byte) (text string, found bool) {
	list := gjson.GetBytes(body, "messages")
	if !list.Exists() || !list.IsArray() {
		return "", false
	}
	for _, m := range list.Array() {
		if m.Get("role").String() != "user" {
			continue
		}
		c := m.Get("content")
		if !c.IsArray() {
			text, found = c.String(), true
			continue
		}
		for _, part := range c.Array() {
			if part.Get("type").String() == "text" {
				text, found = part.Get("text").String(), true
			}
		}
	}
	return text, found
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
			message, found := lastUserText(body)
			ans.Message = base64.StdEncoding.EncodeToString([]byte(message))
			ans.Found = found
			ans.Auto = model == autoModel
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
