package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
)

// A child starts with the signal mask gosh started with: the runtime's
// own blocking of asynchronous signals (only its signal thread takes
// them) must not leak into programs it runs.
func main() {
	signal.Ignore(os.Interrupt) // ignored stays ignored across exec, as in Go
	for _, sig := range []string{"INT", "TERM", "HUP", "USR1"} {
		out, err := exec.Command("sh", "-c", "kill -"+sig+" $$; echo survived "+sig).CombinedOutput()
		fmt.Printf("%s: %q %v\n", sig, out, err)
	}
}

// Output:
// INT: "survived INT\n" <nil>
// TERM: "" signal: terminated
// HUP: "" signal: hangup
// USR1: "" signal: user defined signal 1
