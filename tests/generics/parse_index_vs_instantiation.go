// The parser's ambiguities: `type A [N]int` is an array and `type A[T any]`
// generic; a parameter `x [N]int` and an unnamed `Box[int]`; `a[i]` and
// `F[int]` both parse as index expressions and the checker decides.
package main

import "fmt"

const N = 3

type Arr [N]int
type Arr2 [N * 2]string

type Box[T any] struct{ V T }

func sum(a [N]int) int { return a[0] + a[1] + a[2] }

func count(Box[int], [2]bool) int { return 1 }

func Id[T any](x T) T { return x }

func main() {
	xs := []int{4, 5}
	m := map[string][]int{"k": {7}}
	fmt.Println(sum(Arr{1, 2, 3}), len(Arr2{}), count(Box[int]{}, [2]bool{}))
	fmt.Println(xs[1], m["k"][0], Id[int](xs[0]), Id(xs)[1])
	grid := [][]int{{1, 2}, {3}}
	fmt.Println(grid[0][1])
}

// Output:
// 6 6 1
// 5 7 4 5
// 2
