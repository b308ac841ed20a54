package main

import (
	"errors"
	"fmt"
	"strconv"
)

// ParseComplex and FormatComplex as Go's strconv: every form of N, Ni and
// N±Ni, parentheses, specials, ranges and the syntax errors.
func main() {
	inputs := []string{
		"1", "1i", "1+2i", "(1+2i)", "-1-2i", "+1.5e3-2.5e-3i", "NaN", "NaN+NaNi",
		"Inf-Infi", "+inf+infi", "1e400+1i", "1+1e400i", "1 + 2i", "i", "1+i", "++1i",
		"0x1p3+0x2p-1i", "(1+2i", "1_000+2i", "infinity+1i", "1+2j", "", "()", "3e38+3e39i",
		"-NaNi", "1-NaNi", ".5-.5i", "1e+5+1e-5i", "0x1.8p1i", "1+2i)",
	}
	for _, s := range inputs {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Printf("%q: %v %v | %v %v\n", s, c, err, c64, err64)
	}
	_, err := strconv.ParseComplex("1e400", 128)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseComplex("x", 128)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.FormatComplex(1+2i, 'f', 2, 128))
	fmt.Println(strconv.FormatComplex(complex(1.0/3, -1.0/3), 'g', -1, 64))
	fmt.Println(strconv.FormatComplex(complex(1.0/3, -1.0/3), 'g', -1, 128))
	fmt.Println(strconv.FormatComplex(complex(0, -0.0), 'e', 3, 128))
	fmt.Println(strconv.FormatComplex(complex(1e21, 1e-7), 'G', 4, 128))
	fmt.Println(strconv.FormatComplex(1i, 'b', -1, 128))
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatComplex(1, 'f', 1, 32)
}

// Output:
// "1": (1+0i) <nil> | (1+0i) <nil>
// "1i": (0+1i) <nil> | (0+1i) <nil>
// "1+2i": (1+2i) <nil> | (1+2i) <nil>
// "(1+2i)": (1+2i) <nil> | (1+2i) <nil>
// "-1-2i": (-1-2i) <nil> | (-1-2i) <nil>
// "+1.5e3-2.5e-3i": (1500-0.0025i) <nil> | (1500-0.0024999999441206455i) <nil>
// "NaN": (NaN+0i) <nil> | (NaN+0i) <nil>
// "NaN+NaNi": (NaN+NaNi) <nil> | (NaN+NaNi) <nil>
// "Inf-Infi": (+Inf-Infi) <nil> | (+Inf-Infi) <nil>
// "+inf+infi": (+Inf+Infi) <nil> | (+Inf+Infi) <nil>
// "1e400+1i": (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range | (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// "1+1e400i": (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range | (1+Infi) strconv.ParseComplex: parsing "1+1e400i": value out of range
// "1 + 2i": (0+0i) strconv.ParseComplex: parsing "1 + 2i": invalid syntax | (0+0i) strconv.ParseComplex: parsing "1 + 2i": invalid syntax
// "i": (0+0i) strconv.ParseComplex: parsing "i": invalid syntax | (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// "1+i": (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax | (0+0i) strconv.ParseComplex: parsing "1+i": invalid syntax
// "++1i": (0+0i) strconv.ParseComplex: parsing "++1i": invalid syntax | (0+0i) strconv.ParseComplex: parsing "++1i": invalid syntax
// "0x1p3+0x2p-1i": (8+1i) <nil> | (8+1i) <nil>
// "(1+2i": (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax | (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// "1_000+2i": (1000+2i) <nil> | (1000+2i) <nil>
// "infinity+1i": (+Inf+1i) <nil> | (+Inf+1i) <nil>
// "1+2j": (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax | (0+0i) strconv.ParseComplex: parsing "1+2j": invalid syntax
// "": (0+0i) strconv.ParseComplex: parsing "": invalid syntax | (0+0i) strconv.ParseComplex: parsing "": invalid syntax
// "()": (0+0i) strconv.ParseComplex: parsing "()": invalid syntax | (0+0i) strconv.ParseComplex: parsing "()": invalid syntax
// "3e38+3e39i": (3e+38+3e+39i) <nil> | (3.0000000054977558e+38+Infi) strconv.ParseComplex: parsing "3e38+3e39i": value out of range
// "-NaNi": (0+0i) strconv.ParseComplex: parsing "-NaNi": invalid syntax | (0+0i) strconv.ParseComplex: parsing "-NaNi": invalid syntax
// "1-NaNi": (0+0i) strconv.ParseComplex: parsing "1-NaNi": invalid syntax | (0+0i) strconv.ParseComplex: parsing "1-NaNi": invalid syntax
// ".5-.5i": (0.5-0.5i) <nil> | (0.5-0.5i) <nil>
// "1e+5+1e-5i": (100000+1e-05i) <nil> | (100000+9.999999747378752e-06i) <nil>
// "0x1.8p1i": (0+3i) <nil> | (0+3i) <nil>
// "1+2i)": (0+0i) strconv.ParseComplex: parsing "1+2i)": invalid syntax | (0+0i) strconv.ParseComplex: parsing "1+2i)": invalid syntax
// true
// true
// (1.00+2.00i)
// (0.33333334-0.33333334i)
// (0.3333333333333333-0.3333333333333333i)
// (0.000e+00+0.000e+00i)
// (1E+21+1E-07i)
// (0p-1074+4503599627370496p-52i)
// recovered: invalid bitSize
