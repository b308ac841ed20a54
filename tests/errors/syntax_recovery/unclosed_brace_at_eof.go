package main

func helper() {
	println(1 2)
}

func main() {
	for {
		println("x")

// Error:
// 4:12: syntax error: unexpected literal 2 in argument list; possibly missing comma or )
