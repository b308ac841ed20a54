package main

var init = 1

func main() {
	println(1)
}

// Error:
// 3:5: cannot declare init - must be func
