package main

import (
	"fmt"
	"io"
)

type plain struct{ calls []string }

func (p *plain) Write(b []byte) (int, error) {
	p.calls = append(p.calls, "Write("+string(b)+")")
	return len(b), nil
}

type fast struct{ plain }

func (f *fast) WriteString(s string) (int, error) {
	f.calls = append(f.calls, "WriteString("+s+")")
	return len(s), nil
}

func main() {
	p := &plain{}
	f := &fast{}
	n1, _ := io.WriteString(p, "abc")
	n2, _ := io.WriteString(f, "hello")
	fmt.Println(n1, p.calls)
	fmt.Println(n2, f.calls)
	var w io.Writer = f
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
}

// Output:
// 3 [Write(abc)]
// 5 [WriteString(hello)]
// true
