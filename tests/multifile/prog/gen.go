//go:build ignore

// A generator kept beside the program: go run and gosh run leave it out.
package other

func main() {}
