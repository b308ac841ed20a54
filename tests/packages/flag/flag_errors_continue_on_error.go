// With ContinueOnError, Parse returns the error after printing it and
// the usage to the set's output; each message is Go's.
package main

import (
	"flag"
	"fmt"
	"os"
)

func try(args ...string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("n", 0, "a `count` of things")
	fs.Bool("v", false, "verbose")
	fs.Uint("u", 0, "unsigned")
	fs.Float64("f", 0, "float")
	fs.Duration("d", 0, "how long")
	err := fs.Parse(args)
	fmt.Printf("=> %v\n", err)
}

func main() {
	try("-x")
	try("-n")
	try("-n", "abc")
	try("-n", "99999999999999999999")
	try("-u", "-1")
	try("-f", "x1")
	try("-d", "10")
	try("-v=maybe")
	try("---n")
	try("-=1")
}

// Output:
// flag provided but not defined: -x
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => flag provided but not defined: -x
// flag needs an argument: -n
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => flag needs an argument: -n
// invalid value "abc" for flag -n: parse error
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid value "abc" for flag -n: parse error
// invalid value "99999999999999999999" for flag -n: value out of range
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid value "99999999999999999999" for flag -n: value out of range
// invalid value "-1" for flag -u: parse error
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid value "-1" for flag -u: parse error
// invalid value "x1" for flag -f: parse error
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid value "x1" for flag -f: parse error
// invalid value "10" for flag -d: parse error
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid value "10" for flag -d: parse error
// invalid boolean value "maybe" for -v: parse error
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => invalid boolean value "maybe" for -v: parse error
// bad flag syntax: ---n
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => bad flag syntax: ---n
// bad flag syntax: -=1
// Usage of tool:
//   -d duration
//     	how long
//   -f float
//     	float
//   -n count
//     	a count of things
//   -u uint
//     	unsigned
//   -v	verbose
// => bad flag syntax: -=1
