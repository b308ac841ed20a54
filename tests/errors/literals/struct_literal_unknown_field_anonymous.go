package main

func main() {
	p := struct{ A, B int }{A: 1, C: 3}
	println(p.A)
}

// Error:
// 4:32: unknown field 'C' in struct literal of type struct{A int; B int}
