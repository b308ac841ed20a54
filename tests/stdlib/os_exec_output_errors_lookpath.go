package main

import (
	"errors"
	"fmt"
	"os/exec"
	"strings"
)
func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)
	out, err = exec.Command("sh", "-c", "echo out; echo err >&2; exit 4").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)
	var ee *exec.ExitError
	_, err = exec.Command("sh", "-c", "echo oops >&2; exit 2").Output()
	if errors.As(err, &ee) {
		fmt.Printf("%v %d %q %v\n", ee, ee.ExitCode(), ee.Stderr, ee.Success())
	}
	err = exec.Command("nosuchprogram-gosh").Run()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.LookPath("nosuchprogram-gosh")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)

}

// Output:
// "hello world\n" <nil>
// "out\nerr\n" exit status 4
// exit status 2 2 "oops\n" false
// exec: "nosuchprogram-gosh": executable file not found in $PATH true
// exec: "nosuchprogram-gosh": executable file not found in $PATH
// true <nil>
