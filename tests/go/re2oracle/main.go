// re2oracle answers regexp questions with Go's own regexp package, for the differential
// tests in tests/integration/fidelity.rs. Standard library only.
//
// Input: JSON lines on stdin, one request each:
//
//	{"pattern": "...", "texts": ["...", ...]}  -> {"ok": bool, "error": "...", "matches": [bool, ...]}
//	{"quote": "..."}                           -> {"ok": true, "quoted": "..."}
//
// Output: one JSON line per request, in order, flushed when stdin has no more buffered input.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
)

type request struct {
	Pattern *string  `json:"pattern"`
	Texts   []string `json:"texts"`
	Quote   *string  `json:"quote"`
}

type response struct {
	Ok      bool   `json:"ok"`
	Error   string `json:"error,omitempty"`
	Matches []bool `json:"matches"`
	Quoted  string `json:"quoted,omitempty"`
}

func answer(line []byte) response {
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return response{Error: "bad request: " + err.Error(), Matches: []bool{}}
	}
	if req.Quote != nil {
		return response{Ok: true, Quoted: regexp.QuoteMeta(*req.Quote), Matches: []bool{}}
	}
	if req.Pattern == nil {
		return response{Error: "bad request: no pattern", Matches: []bool{}}
	}
	re, err := regexp.Compile(*req.Pattern)
	if err != nil {
		return response{Error: err.Error(), Matches: []bool{}}
	}
	matches := make([]bool, len(req.Texts))
	for i, t := range req.Texts {
		matches[i] = re.MatchString(t)
	}
	return response{Ok: true, Matches: matches}
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			if encErr := enc.Encode(answer(line)); encErr != nil {
				fmt.Fprintln(os.Stderr, encErr)
				os.Exit(1)
			}
		}
		if err != nil || in.Buffered() == 0 {
			if flushErr := out.Flush(); flushErr != nil {
				os.Exit(1)
			}
		}
		if err != nil {
			return
		}
	}
}
