// Package slices: the common functions of Go's package slices.
//
// gosh has no type parameters: this file is a template over the element
// type E, checked once for each element type a program uses (see
// compiler/generic.c). Functions that compare elements require E to be
// comparable (Contains, Index, Equal, Compact) or ordered (Sort, IsSorted,
// BinarySearch, Max, Min, Compare), as Go's signatures do.
package slices

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

// SortFunc sorts by cmp with Go's pattern-defeating quicksort, step for
// step (as package sort does here), so that elements cmp calls equal end
// up where Go puts them. Not stable.
func SortFunc(x []E, cmp func(a, b E) int) {
	n := len(x)
	if n > 1 {
		limit := 0
		for u := uint(n); u != 0; u >>= 1 {
			limit++
		}
		pdqsort(x, 0, n, limit, cmp)
	}
}

func pdqsort(x []E, a, b, limit int, cmp func(a, b E) int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(x, a, b, cmp)
			return
		}
		if limit == 0 {
			heapSort(x, a, b, cmp)
			return
		}
		if !balanced {
			breakPatterns(x, a, b)
			limit--
		}
		pivot, hint := choosePivot(x, a, b, cmp)
		if hint == 2 { // decreasing
			for i, j := a, b-1; i < j; i, j = i+1, j-1 {
				x[i], x[j] = x[j], x[i]
			}
			pivot = (b - 1) - (pivot - a)
			hint = 1
		}
		if balanced && partitioned && hint == 1 && partialInsertionSort(x, a, b, cmp) {
			return
		}
		if a > 0 && cmp(x[a-1], x[pivot]) >= 0 {
			a = partitionEqual(x, a, b, pivot, cmp)
			continue
		}
		mid, already := partition(x, a, b, pivot, cmp)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(x, a, mid, limit, cmp)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(x, mid+1, b, limit, cmp)
			b = mid
		}
	}
}

func partition(x []E, a, b, pivot int, cmp func(a, b E) int) (int, bool) {
	x[a], x[pivot] = x[pivot], x[a]
	i, j := a+1, b-1
	for i <= j && cmp(x[i], x[a]) < 0 {
		i++
	}
	for i <= j && cmp(x[j], x[a]) >= 0 {
		j--
	}
	if i > j {
		x[j], x[a] = x[a], x[j]
		return j, true
	}
	x[i], x[j] = x[j], x[i]
	i++
	j--
	for {
		for i <= j && cmp(x[i], x[a]) < 0 {
			i++
		}
		for i <= j && cmp(x[j], x[a]) >= 0 {
			j--
		}
		if i > j {
			break
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
	x[j], x[a] = x[a], x[j]
	return j, false
}

func partitionEqual(x []E, a, b, pivot int, cmp func(a, b E) int) int {
	x[a], x[pivot] = x[pivot], x[a]
	i, j := a+1, b-1
	for {
		for i <= j && cmp(x[a], x[i]) >= 0 {
			i++
		}
		for i <= j && cmp(x[a], x[j]) < 0 {
			j--
		}
		if i > j {
			return i
		}
		x[i], x[j] = x[j], x[i]
		i++
		j--
	}
}

func partialInsertionSort(x []E, a, b int, cmp func(a, b E) int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && cmp(x[i], x[i-1]) >= 0 {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		x[i], x[i-1] = x[i-1], x[i]
		if i-a >= 2 {
			for k := i - 1; k >= 1 && cmp(x[k], x[k-1]) < 0; k-- {
				x[k], x[k-1] = x[k-1], x[k]
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b && cmp(x[k], x[k-1]) < 0; k++ {
				x[k], x[k-1] = x[k-1], x[k]
			}
		}
	}
	return false
}

func breakPatterns(x []E, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	bits := 0
	for u := uint(n); u != 0; u >>= 1 {
		bits++
	}
	mask := uint(1)<<uint(bits) - 1
	for idx := a + n/4*2 - 1; idx <= a+n/4*2+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		x[idx], x[a+other] = x[a+other], x[idx]
	}
}

// choosePivot: 0 unknown, 1 increasing, 2 decreasing, as in package sort.
func choosePivot(x []E, a, b int, cmp func(a, b E) int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(x, i-1, i, i+1, &swaps, cmp)
			j = median(x, j-1, j, j+1, &swaps, cmp)
			k = median(x, k-1, k, k+1, &swaps, cmp)
		}
		j = median(x, i, j, k, &swaps, cmp)
	}
	switch swaps {
	case 0:
		return j, 1
	case 12:
		return j, 2
	}
	return j, 0
}

func order2(x []E, a, b int, swaps *int, cmp func(a, b E) int) (int, int) {
	if cmp(x[b], x[a]) < 0 {
		*swaps++
		return b, a
	}
	return a, b
}

func median(x []E, a, b, c int, swaps *int, cmp func(a, b E) int) int {
	a, b = order2(x, a, b, swaps, cmp)
	b, _ = order2(x, b, c, swaps, cmp)
	_, b = order2(x, a, b, swaps, cmp)
	return b
}

func insertionSort(x []E, a, b int, cmp func(a, b E) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(x[j], x[j-1]) < 0; j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}

func heapSort(x []E, a, b int, cmp func(a, b E) int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(x, i, n, a, cmp)
	}
	for i := n - 1; i > 0; i-- {
		x[a], x[a+i] = x[a+i], x[a]
		siftDown(x, 0, i, a, cmp)
	}
}

// siftDown moves x[first+root] down the max-heap x[first:first+n].
func siftDown(x []E, root, n, first int, cmp func(a, b E) int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && cmp(x[first+child], x[first+child+1]) < 0 {
			child++
		}
		if cmp(x[first+root], x[first+child]) >= 0 {
			return
		}
		x[first+root], x[first+child] = x[first+child], x[first+root]
		root = child
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
