package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	cmd := exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	var b strings.Builder
	cmd.Stdout = &b
	fmt.Println(cmd.Run(), b.String())

	cmd = exec.Command("cat")
	in, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	cmd.Start()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(in, "line %d\n", i)
		}
		in.Close()
	}()
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		fmt.Println("read:", sc.Text())
	}
	fmt.Println(cmd.Wait(), cmd.ProcessState.ExitCode())

	cmd = exec.Command("pwd")
	cmd.Dir = "/tmp"
	cmd.Env = []string{"A=1"}
	out, _ := cmd.Output()
	fmt.Printf("%q\n", out)
	out, _ = exec.Command("sh", "-c", "echo $GOSHX").Output()
	os.Setenv("GOSHX", "inherited")
	out2, _ := exec.Command("sh", "-c", "echo $GOSHX").Output()
	fmt.Printf("%q %q\n", out, out2)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println(err, time.Since(start) < 2*time.Second)

	fmt.Println(strings.HasSuffix(exec.Command("echo", "a", "b").String(), "/echo a b"), exec.Command("nosuchprogram-gosh", "x").String())
	c := exec.Command("true")
	c.Run()
	fmt.Println(c.Run())
	r, w := io.Pipe()
	go func() { fmt.Fprint(w, "piped"); w.Close() }()
	c = exec.Command("cat")
	c.Stdin = r
	out, err = c.Output()
	fmt.Printf("%q %v\n", out, err)
}

// Output:
// <nil> SHOUT THIS
//
// read: line 0
// read: line 1
// read: line 2
// <nil> 0
// "/tmp\n"
// "\n" "inherited\n"
// signal: killed true
// true nosuchprogram-gosh x
// exec: already started
// "piped" <nil>
