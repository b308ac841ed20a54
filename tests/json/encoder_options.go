// Encoder: one value per line, SetEscapeHTML(false), SetIndent, errors
// (nothing written), and a writer that fails.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.Encode(map[string]string{"h": "<&>"})
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"h": "<&> \u2028"})
	enc.Encode(json.RawMessage(`{"r" : "<x>"}`))
	enc.SetIndent("..", "  ")
	enc.Encode([]int{1, 2})
	enc.Encode(struct{ A []string }{[]string{"x"}})
	fmt.Println(enc.Encode(func() {}))
	fmt.Print(out.String())
	e := json.NewEncoder(failing{})
	fmt.Println(e.Encode(1))
	fmt.Println(e.Encode(2))
}

// Output:
// json: unsupported type: func()
// {"h":"\u003c\u0026\u003e"}
// {"h":"<&> \u2028"}
// {"r":"<x>"}
// [
// ..  1,
// ..  2
// ..]
// {
// ..  "A": [
// ..    "x"
// ..  ]
// ..}
// disk full
// disk full
