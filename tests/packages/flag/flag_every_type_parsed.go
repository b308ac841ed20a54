// Every built-in flag type parses its forms: -x v, -x=v, --x v, and a
// bool without a value; parsing stops at the first non-flag or at "--".
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	b := fs.Bool("b", false, "a bool")
	i := fs.Int("i", 1, "an int")
	i64 := fs.Int64("i64", 2, "an int64")
	u := fs.Uint("u", 3, "a uint")
	u64 := fs.Uint64("u64", 4, "a uint64")
	s := fs.String("s", "def", "a string")
	f := fs.Float64("f", 0.5, "a float")
	d := fs.Duration("d", time.Second, "a duration")
	var iv int
	var sv string
	fs.IntVar(&iv, "iv", 9, "int var")
	fs.StringVar(&sv, "sv", "x", "string var")
	fmt.Println(*b, *i, *i64, *u, *u64, *s, *f, *d, iv, sv, fs.Parsed())
	err := fs.Parse([]string{"-b", "-i", "0x10", "--i64=-5", "-u", "0o17", "-u64=18446744073709551615",
		"-s", "hello world", "-f=1e3", "-d", "1h2m", "-iv=-7", "--sv", "", "rest", "-i", "99"})
	fmt.Println(err, fs.Parsed())
	fmt.Println(*b, *i, *i64, *u, *u64, *s, *f, *d, iv, sv == "")
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(2), fs.Arg(5) == "", fs.NFlag())
	fs.Parse([]string{"-b=false", "--", "-i", "5"})
	fmt.Println(*b, *i, fs.Args(), fs.NFlag())
	fs.Parse([]string{"-", "x"})
	fmt.Println(fs.Args())
}

// Output:
// false 1 2 3 4 def 0.5 1s 9 x false
// <nil> true
// true 16 -5 15 18446744073709551615 hello world 1000 1h2m0s -7 true
// 3 [rest -i 99] rest 99 true 10
// false 16 [-i 5] 10
// [- x]
