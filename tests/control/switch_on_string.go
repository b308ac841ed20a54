package main

import "fmt"

func command(c string) string {
	switch c {
	case "start", "run":
		return "starting"
	case "stop":
		return "stopping"
	case "":
		return "empty"
	default:
		return "unknown: " + c
	}
}

func main() {
	for _, c := range []string{"start", "run", "stop", "", "jump", "Stop"} {
		fmt.Println(command(c))
	}
	s := "b"
	switch s + "c" {
	case "bc":
		fmt.Println("concat matched")
	}
}

// Output:
// starting
// starting
// stopping
// empty
// unknown: jump
// unknown: Stop
// concat matched
