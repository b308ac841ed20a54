package main

func grade(n int) string {
	if n > 90 {
		return "A"
	} else if n > 80 {
		return "B"
	} else {
		println("low")
	}
}

func main() {
	println(grade(85))
}

// Error:
// 11:1: missing return
