package main

func main() {
	a := []int{1, 2}
	a[0] := 5
	println(a[0])
}

// Error:
// 5:2: non-name a[0] on left side of :=
