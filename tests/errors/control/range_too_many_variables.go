package main

func main() {
	for i, c, x := range "ab" {
		println(i, c)
	}
}

// Error:
// 4:12: range clause permits at most two iteration variables
