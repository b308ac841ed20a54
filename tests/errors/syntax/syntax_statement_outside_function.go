package main

println("hi")

func main() {
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
