// The numeric flags take strconv's forms (base prefixes, underscores,
// signs, inf and NaN); out-of-range and malformed values, bad durations
// and bool words are errors with Go's texts.
package main

import (
	"flag"
	"fmt"
	"io"
)

func main() {
	for _, a := range [][]string{
		{"-i", "+5"}, {"-i", "1_000"}, {"-i", "0o17"}, {"-i", "017"}, {"-i", "_1"}, {"-i", "0x_1F"}, {"-i", " 5"}, {"-i", ""},
		{"-i", "9223372036854775808"}, {"-i", "-9223372036854775808"},
		{"-f", "0x1p-2"}, {"-f", "inf"}, {"-f", "-Inf"}, {"-f", "NaN"}, {"-f", "1_0.5"}, {"-f", ".5e1"}, {"-f", "1e400"},
		{"-d", "1.5h"}, {"-d", "-0"}, {"-d", ""}, {"-d", "1d"}, {"-d", "1h-2m"}, {"-d", "9999999999h"}, {"-d", ".5s"}, {"-d", "1µs2ns"},
		{"-u", "-0"}, {"-u", "18446744073709551616"}, {"-u", "0b11"},
		{"-b", "x"}, {"-b=t"}, {"-b=F"}, {"-b=True"}, {"-b=yes"}, {"-b="},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		i := fs.Int("i", 0, "")
		f := fs.Float64("f", 0, "")
		d := fs.Duration("d", 0, "")
		u := fs.Uint("u", 0, "")
		b := fs.Bool("b", false, "")
		err := fs.Parse(a)
		fmt.Println(a, err, *i, *f, *d, *u, *b, fs.Args())
	}
}

// Output:
// [-i +5] <nil> 5 0 0s 0 false []
// [-i 1_000] <nil> 1000 0 0s 0 false []
// [-i 0o17] <nil> 15 0 0s 0 false []
// [-i 017] <nil> 15 0 0s 0 false []
// [-i _1] invalid value "_1" for flag -i: parse error 0 0 0s 0 false []
// [-i 0x_1F] <nil> 31 0 0s 0 false []
// [-i  5] invalid value " 5" for flag -i: parse error 0 0 0s 0 false []
// [-i ] invalid value "" for flag -i: parse error 0 0 0s 0 false []
// [-i 9223372036854775808] invalid value "9223372036854775808" for flag -i: value out of range 9223372036854775807 0 0s 0 false []
// [-i -9223372036854775808] <nil> -9223372036854775808 0 0s 0 false []
// [-f 0x1p-2] <nil> 0 0.25 0s 0 false []
// [-f inf] <nil> 0 +Inf 0s 0 false []
// [-f -Inf] <nil> 0 -Inf 0s 0 false []
// [-f NaN] <nil> 0 NaN 0s 0 false []
// [-f 1_0.5] <nil> 0 10.5 0s 0 false []
// [-f .5e1] <nil> 0 5 0s 0 false []
// [-f 1e400] invalid value "1e400" for flag -f: value out of range 0 +Inf 0s 0 false []
// [-d 1.5h] <nil> 0 0 1h30m0s 0 false []
// [-d -0] <nil> 0 0 0s 0 false []
// [-d ] invalid value "" for flag -d: parse error 0 0 0s 0 false []
// [-d 1d] invalid value "1d" for flag -d: parse error 0 0 0s 0 false []
// [-d 1h-2m] invalid value "1h-2m" for flag -d: parse error 0 0 0s 0 false []
// [-d 9999999999h] invalid value "9999999999h" for flag -d: parse error 0 0 0s 0 false []
// [-d .5s] <nil> 0 0 500ms 0 false []
// [-d 1µs2ns] <nil> 0 0 1.002µs 0 false []
// [-u -0] invalid value "-0" for flag -u: parse error 0 0 0s 0 false []
// [-u 18446744073709551616] invalid value "18446744073709551616" for flag -u: value out of range 0 0 0s 18446744073709551615 false []
// [-u 0b11] <nil> 0 0 0s 3 false []
// [-b x] <nil> 0 0 0s 0 true [x]
// [-b=t] <nil> 0 0 0s 0 true []
// [-b=F] <nil> 0 0 0s 0 false []
// [-b=True] <nil> 0 0 0s 0 true []
// [-b=yes] invalid boolean value "yes" for -b: parse error 0 0 0s 0 false []
// [-b=] invalid boolean value "" for -b: parse error 0 0 0s 0 false []
