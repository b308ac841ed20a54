package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(in []string) ([]int, error) {
	var out []int
	for i, s := range in {
		n, err := strconv.Atoi(s)
		if err != nil {
			return out, fmt.Errorf("item %d: %w", i, err)
		}
		if n < 0 {
			return out, errors.New("negative: " + s)
		}
		out = append(out, n)
	}
	return out, nil
}

func main() {
	inputs := [][]string{{"1", "2", "3"}, {"4", "x5", "6"}, {"7", "-8"}, {}}
	for _, in := range inputs {
		nums, err := parseAll(in)
		if err != nil {
			fmt.Println("error:", err, "partial:", nums)
			continue
		}
		fmt.Println("ok:", nums, len(nums))
	}
}

// Output:
// ok: [1 2 3] 3
// error: item 1: strconv.Atoi: parsing "x5": invalid syntax partial: [4]
// error: negative: -8 partial: [7]
// ok: [] 0
