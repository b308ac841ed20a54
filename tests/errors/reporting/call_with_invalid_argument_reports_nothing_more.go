// A call with an argument that is already an error gets no further
// errors: no argument count mismatch, no type mismatch for the others.
package main

func f(a int)           {}
func g(a int, b string) {}

func main() {
	f(undefinedName, 1, 2)
	g(undefinedName, 3)
	f("x", undefinedName)
}

// Error:
// 9:4: undefined: undefinedName
// 10:4: undefined: undefinedName
// 11:9: undefined: undefinedName
