package main

import "fmt"

// A forward goto skips statements; one from an inner block may jump over
// declarations of that block on its way out.
func classify(n int) string {
	s := "small"
	if n > 10 {
		s = "big"
		goto done
	}
	if n < 0 {
		{
			goto negative
			v := n * 2
			fmt.Println("never", v)
		}
	}
	s += "!"
	goto done
negative:
	s = "negative"
done:
	return s
}

func main() {
	fmt.Println(classify(3))
	fmt.Println(classify(42))
	fmt.Println(classify(-1))
}

// Output:
// small!
// big
// negative
