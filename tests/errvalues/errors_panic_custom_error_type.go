package main

import "fmt"

type FatalErr struct {
	Stage string
	Code  int
}

func (e *FatalErr) Error() string {
	return fmt.Sprintf("fatal in %s (code %d)", e.Stage, e.Code)
}

func run(stage string) {
	fmt.Println("running", stage)
	if stage == "link" {
		var err error = &FatalErr{stage, 3}
		panic(err)
	}
}

func main() {
	for _, s := range []string{"parse", "check", "link", "emit"} {
		run(s)
	}
}

// Output:
// running parse
// running check
// running link
// Panic: fatal in link (code 3)
