package main

func first() int {
	return "one"
}

func second() string {
	return undefinedName
}

func main() {
	println(first(), second())
}

// Error:
// 4:9: cannot use "one" (untyped string constant) as int value in return statement
// 8:9: undefined: undefinedName
