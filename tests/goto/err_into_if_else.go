package main

func main() {
	x := 3
	if x > 2 {
	then:
		println("then")
	} else if x > 1 {
		goto then
	} else {
	els:
		println("else")
	}
	goto els
}

// Error:
// 9:8: goto then jumps into block starting at 5:11
// 14:7: goto els jumps into block starting at 10:9
