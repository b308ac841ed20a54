// printf: verbs that do not fit their arguments, too few or too many
// arguments, a Println given a format, %w outside Errorf, a String
// method that prints its own receiver.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("%v", p) }

func main() {
	name, age, score := "Ada", 36, 9.5
	err := errors.New("boom")
	fmt.Printf("%d is %d\n", name, age)
	fmt.Printf("%s is %d years\n", name)
	fmt.Printf("hello\n", name)
	fmt.Printf("%d %d\n", age, age, age)
	fmt.Println("age: %d", age)
	fmt.Println("done\n")
	fmt.Printf("%t\n", age)
	fmt.Printf("%.2f%", score)
	fmt.Printf("%z\n", age)
	fmt.Printf("%[3]d\n", age)
	fmt.Printf("%w\n", err)
	_ = fmt.Errorf("%w and %w", err, err)
	fmt.Fprintf(os.Stdout, "%s\n", age)
	fmt.Println(os.Stdout, name)
	log.Printf("%d\n", name)
	fmt.Printf("%d\n", main)
	s := fmt.Sprintf("%x %s", score)
	fmt.Print(s, point{1, 2}, "\n")
}

// Vet:
// printf_wrong.go:15:41: fmt.Sprintf format %v with arg p causes recursive (command-line-arguments.point).String method call
// printf_wrong.go:20:2: fmt.Printf format %d has arg name of wrong type string
// printf_wrong.go:21:2: fmt.Printf format %d reads arg #2, but call has 1 arg
// printf_wrong.go:22:12: fmt.Printf call has arguments but no formatting directives
// printf_wrong.go:23:2: fmt.Printf call needs 2 args but has 3 args
// printf_wrong.go:24:2: fmt.Println call has possible formatting directive %d
// printf_wrong.go:25:2: fmt.Println arg list ends with redundant newline
// printf_wrong.go:26:2: fmt.Printf format %t has arg age of wrong type int
// printf_wrong.go:27:2: fmt.Printf format % is missing verb at end of string
// printf_wrong.go:28:2: fmt.Printf format %z has unknown verb z
// printf_wrong.go:29:2: fmt.Printf format has invalid argument index [3]
// printf_wrong.go:30:2: fmt.Printf does not support error-wrapping directive %w
// printf_wrong.go:31:6: fmt.Errorf call has more than one error-wrapping directive %w
// printf_wrong.go:32:2: fmt.Fprintf format %s has arg age of wrong type int
// printf_wrong.go:33:2: fmt.Println does not take io.Writer but has first arg os.Stdout
// printf_wrong.go:34:2: log.Printf format %d has arg name of wrong type string
// printf_wrong.go:35:2: fmt.Printf format %d arg main is a func value, not called
// printf_wrong.go:36:7: fmt.Sprintf format %s reads arg #2, but call has 1 arg
