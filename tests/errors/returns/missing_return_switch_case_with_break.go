package main

func name(n int) string {
	switch n {
	case 1:
		if n > 0 {
			break
		}
		return "one"
	default:
		return "other"
	}
}

func main() {
	println(name(1))
}

// Error:
// 13:1: missing return
