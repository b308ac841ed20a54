// Package slices: the common functions of Go's package slices.
//
// gosh has no type parameters: this file is a template over the element
// type E, checked once for each element type a program uses (see
// compiler/generic.c). Functions that compare elements require E to be
// comparable (Contains, Index, Equal, Compact) or ordered (Sort, IsSorted,
// BinarySearch, Max, Min, Compare), as Go's signatures do.
package slices

import "sort"

func Contains(s []E, v E) bool {
	return Index(s, v) >= 0
}

func ContainsFunc(s []E, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

func Index(s []E, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func IndexFunc(s []E, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

func Equal(s1, s2 []E) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

func EqualFunc(s1, s2 []E, eq func(E, E) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if !eq(s1[i], s2[i]) {
			return false
		}
	}
	return true
}

func Compare(s1, s2 []E) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		a, b := s1[i], s2[i]
		switch {
		case a < b || (a != a && b == b):
			return -1
		case b < a || (b != b && a == a):
			return 1
		}
	}
	return compareLen(len(s1), len(s2))
}

func CompareFunc(s1, s2 []E, cmp func(E, E) int) int {
	for i := 0; i < len(s1) && i < len(s2); i++ {
		if c := cmp(s1[i], s2[i]); c != 0 {
			return c
		}
	}
	return compareLen(len(s1), len(s2))
}

func compareLen(n1, n2 int) int {
	if n1 < n2 {
		return -1
	}
	if n1 > n2 {
		return 1
	}
	return 0
}

func Reverse(s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Clone(s []E) []E {
	if s == nil {
		return nil
	}
	return append([]E{}, s...)
}

func Compact(s []E) []E {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			s[i] = s[k]
			i++
		}
	}
	return s[:i]
}

func CompactFunc(s []E, eq func(E, E) bool) []E {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			s[i] = s[k]
			i++
		}
	}
	return s[:i]
}

func Insert(s []E, i int, v ...E) []E {
	_ = s[i:] // Go's bounds check and message
	out := make([]E, 0, len(s)+len(v))
	out = append(out, s[:i]...)
	out = append(out, v...)
	return append(out, s[i:]...)
}

func Delete(s []E, i, j int) []E {
	_ = s[i:j]
	return append(s[:i], s[j:]...)
}

func DeleteFunc(s []E, del func(E) bool) []E {
	i := 0
	for _, v := range s {
		if !del(v) {
			s[i] = v
			i++
		}
	}
	return s[:i]
}

func Grow(s []E, n int) []E {
	if n < 0 {
		panic("cannot be negative")
	}
	if cap(s)-len(s) < n {
		out := make([]E, len(s), len(s)+n)
		copy(out, s)
		return out
	}
	return s
}

func Clip(s []E) []E {
	return s[:len(s):len(s)]
}

func Max(x []E) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] > m || x[i] != x[i] {
			m = x[i]
		}
	}
	return m
}

func Min(x []E) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if x[i] < m || x[i] != x[i] {
			m = x[i]
		}
	}
	return m
}

func MaxFunc(x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

func MinFunc(x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

func BinarySearch(x []E, target E) (int, bool) {
	lo, hi := 0, len(x)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if x[h] < target {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < len(x) && x[lo] == target
}

func IsSorted(x []E) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func IsSortedFunc(x []E, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Sort sorts in increasing order (NaNs first, as Go's does).
func Sort(x []E) {
	SortFunc(x, func(a, b E) int {
		switch {
		case a < b || (a != a && b == b):
			return -1
		case b < a || (b != b && a == a):
			return 1
		}
		return 0
	})
}

// SortFunc sorts by cmp with package sort's algorithm, Go's pattern-
// defeating quicksort, so that elements cmp calls equal end up where Go
// puts them (Go generates both from one template). Not stable.
func SortFunc(x []E, cmp func(a, b E) int) {
	sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })
}

func insertionSort(x []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

// SortStableFunc: insertion sort of short blocks, then merges through a
// buffer; equal elements keep their order.
func SortStableFunc(x []E, cmp func(a, b E) int) {
	const block = 16
	for i := 0; i < len(x); i += block {
		end := i + block
		if end > len(x) {
			end = len(x)
		}
		insertionSort(x, i, end, cmp)
	}
	buf := make([]E, len(x))
	for size := block; size < len(x); size *= 2 {
		for lo := 0; lo+size < len(x); lo += 2 * size {
			mid, hi := lo+size, lo+2*size
			if hi > len(x) {
				hi = len(x)
			}
			copy(buf[lo:hi], x[lo:hi])
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(buf[j], buf[i]) < 0 {
					x[k] = buf[j]
					j++
				} else {
					x[k] = buf[i]
					i++
				}
				k++
			}
			for i < mid {
				x[k] = buf[i]
				i++
				k++
			}
			for j < hi {
				x[k] = buf[j]
				j++
				k++
			}
		}
	}
}
