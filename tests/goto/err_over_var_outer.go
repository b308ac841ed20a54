package main

// A goto from an inner block jumps over a declaration of the label's
// block that follows that block.
func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto done
		}
	}
	var s string
	println(s)
done:
	println("done")
}

// Error:
// 8:9: goto done jumps over declaration of s at 11:6
