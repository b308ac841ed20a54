package main

println("hi")

func main() {
}


func main() {
}
}

// Error:
// 3:1: syntax error: non-declaration statement outside function body
// 11:1: syntax error: non-declaration statement outside function body
