package main

func a() {}
func b() {}

func main() {
	f := a
	switch f {
	case b:
		println("b")
	}
}

// Error:
// 9:7: invalid case b in switch on f (func can only be compared to nil)
