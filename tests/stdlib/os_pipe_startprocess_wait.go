package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println(err)
	go func() { w.Write([]byte("through the pipe")); w.Close() }()
	b, _ := io.ReadAll(r)
	fmt.Println(string(b))
	p, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "echo child; exit 3"}, &os.ProcAttr{Files: []*os.File{nil, os.Stdout, os.Stderr}})
	st, err2 := p.Wait()
	fmt.Println(err, st, err2, st.ExitCode(), st.Exited(), st.Success())
	p2, _ := os.StartProcess("/bin/sleep", []string{"sleep", "10"}, &os.ProcAttr{})
	p2.Kill()
	st, _ = p2.Wait()
	fmt.Println(st, st.ExitCode(), st.Exited())
	fmt.Println(p2.Kill())
	_, err = os.StartProcess("/nonexistent", []string{"x"}, &os.ProcAttr{})
	fmt.Println(err)
}

// Output:
// <nil>
// through the pipe
// child
// <nil> exit status 3 <nil> 3 true false
// signal: killed -1 false
// os: process already finished
// fork/exec /nonexistent: no such file or directory
