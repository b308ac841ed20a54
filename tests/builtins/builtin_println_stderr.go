package main

func main() {
	println("hello", 42, true)
	println()
	println(-7, false, "x y")
	x := 3
	println("x =", x)
	var b byte = 200
	var r rune = 'A'
	println(b, r)
	s := "go" + "sh"
	println(s, len(s))
}

// Stderr:
// hello 42 true
//
// -7 false x y
// x = 3
// 200 65
// gosh 4
