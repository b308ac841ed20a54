package main

func name() string {
	return 42
}

func main() {
	println(name())
}

// Error:
// 4:9: cannot use 42 (untyped int constant) as string value in return statement
