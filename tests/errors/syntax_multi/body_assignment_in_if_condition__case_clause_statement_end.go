package main

func main() {
	x := 1
	if x = 2 {
		println(x)
	}
	switch {
	case true:
		b := 1 +
			v := 2
	}
}

// Error:
// 5:7: syntax error: cannot use assignment (x) = (2) as value
// 11:6: syntax error: unexpected := at end of statement
