package main

import "fmt"

// defer in a loop made by goto: every deferred call runs, last first, when
// the function returns; named results set after the loop are seen.
func count() (n int) {
	i := 0
again:
	defer func(v int) { fmt.Println("deferred", v, n) }(i)
	i++
	if i < 3 {
		goto again
	}
	n = i
	return
}

func retry() (err error) {
	attempts := 0
try:
	attempts++
	err = func() (e error) {
		defer func() {
			if r := recover(); r != nil {
				e = fmt.Errorf("attempt %d: %v", attempts, r)
			}
		}()
		if attempts < 3 {
			panic("flaky")
		}
		return nil
	}()
	if err != nil {
		fmt.Println(err)
		goto try
	}
	fmt.Println("ok after", attempts)
	return nil
}

func main() {
	fmt.Println(count())
	fmt.Println(retry())
}

// Output:
// deferred 2 3
// deferred 1 3
// deferred 0 3
// 3
// attempt 1: flaky
// attempt 2: flaky
// ok after 3
// <nil>
